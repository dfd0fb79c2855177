import keras

inputs = keras.Input((3,), name="x")
trunk = keras.layers.Dense(4, name="trunk")(inputs)

# Use the tensor twice: no copy layer is needed.
left = keras.layers.Dense(1, name="left")(trunk)
right = keras.layers.Dense(2, name="right")(trunk)
model = keras.Model(inputs, [left, right])

print("output names:", model.output_names)
#> output names: ['left', 'right']
print("left reads trunk:", model.get_layer("left").input is trunk)
#> left reads trunk: True
print("right reads trunk:", model.get_layer("right").input is trunk)
#> right reads trunk: True
print("output shapes:", [tuple(t.shape) for t in model.outputs])
#> output shapes: [(None, 1), (None, 2)]
print("parameters:", model.count_params())  # trunk 16 + left 5 + right 10
#> parameters: 31
