import keras

same_name = [keras.layers.Dense(8, name="block") for _ in range(3)]
try:
    keras.Sequential([keras.Input((8,)), *same_name])
except ValueError as e:
    print(type(e).__name__, str(e).split(".")[0])
    #> ValueError All layers added to a Sequential model should have unique names

x = keras.Input((8,), name="x")
h = x
for layer in same_name:
    h = layer(h)
try:
    keras.Model(x, h)
except ValueError as e:
    print(type(e).__name__, str(e).split(".")[0])
    #> ValueError The name "block" is used 3 times in the model

named = [keras.layers.Dense(8, name=f"block_{i}") for i in range(3)]
print([layer.name for layer in named])
#> ['block_0', 'block_1', 'block_2']
