import keras

same_name = [keras.layers.Dense(8, name="block") for _ in range(3)]
try:
    keras.Sequential([keras.Input((8,)), *same_name])
except ValueError as e:
    print(f"Sequential error: {type(e).__name__} - {str(e).split('.')[0]}")
    """
    Sequential error: ValueError - All layers added to a Sequential model should have unique names
    """

x = keras.Input((8,), name="x")
h = x
for layer in same_name:
    h = layer(h)
try:
    keras.Model(x, h)
except ValueError as e:
    print("Model error:", type(e).__name__, "-", str(e).split(".")[0])
    #> Model error: ValueError - The name "block" is used 3 times in the model

named = [keras.layers.Dense(8, name=f"block_{i}") for i in range(3)]
h = x
for layer in named:
    h = layer(h)
print("with the index in the name:", [layer.name for layer in keras.Model(x, h).layers])
#> with the index in the name: ['x', 'block_0', 'block_1', 'block_2']
