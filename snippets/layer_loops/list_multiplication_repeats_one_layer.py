import keras

repeated = [keras.layers.Dense(8, name="dense")] * 3  # one object, listed 3 times
print(repeated[0] is repeated[1] is repeated[2])
#> True

model = keras.Sequential([keras.Input((8,)), *repeated], name="seq")
print([layer.name for layer in model.layers])  # three entries, one layer
#> ['dense', 'dense', 'dense']
print(model.count_params(), len(model.weights))  # 8 * 8 + 8 once, not three times
#> 72 2

looped = [keras.layers.Dense(8, name=f"dense_{i}") for i in range(3)]  # 3 objects
model = keras.Sequential([keras.Input((8,)), *looped], name="seq")
print(model.count_params(), len(model.weights))
#> 216 6
