import keras

repeated = [keras.layers.Dense(8, name="dense")] * 3  # one object, listed 3 times
print("one object:", repeated[0] is repeated[1] is repeated[2])
#> one object: True

model = keras.Sequential([keras.Input((8,)), *repeated], name="seq")
print("[layer] * 3 layers:", [layer.name for layer in model.layers])
#> [layer] * 3 layers: ['dense', 'dense', 'dense']
print("[layer] * 3 parameters:", model.count_params(), "weights:", len(model.weights))
#> [layer] * 3 parameters: 72 weights: 2

looped = [keras.layers.Dense(8, name=f"dense_{i}") for i in range(3)]  # 3 objects
model = keras.Sequential([keras.Input((8,)), *looped], name="seq")
print("comprehension parameters:", model.count_params(), "weights:", len(model.weights))
#> comprehension parameters: 216 weights: 6
