import keras

inputs = keras.Input((3,), name="x")
trunk = keras.layers.Dense(4, name="trunk")(inputs)

# Use the tensor twice: no copy layer is needed.
left = keras.layers.Dense(1, name="left")(trunk)
right = keras.layers.Dense(2, name="right")(trunk)
model = keras.Model(inputs, [left, right])

print(model.output_names)
#> ['left', 'right']
print(model.get_layer("left").input is trunk)
#> True
print(model.get_layer("right").input is trunk)  # both read the same tensor
#> True
print([tuple(t.shape) for t in model.outputs])
#> [(None, 1), (None, 2)]
print(model.count_params())  # trunk 16 + left 5 + right 10
#> 31
