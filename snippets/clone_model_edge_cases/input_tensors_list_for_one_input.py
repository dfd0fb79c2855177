import keras

x = keras.Input((32, 32, 3), name="image")
h = keras.layers.GlobalAveragePooling2D(name="pool")(x)
model = keras.Model(x, keras.layers.Dense(2, name="head")(h), name="convnet")

try:  # Keras 2 docs said "list of input tensors"; this model has one input
    keras.models.clone_model(model, input_tensors=[keras.Input((64, 64, 3))])
except ValueError as e:  # Keras's message starts "`input_tensors`"
    print("error:", type(e).__name__, "-", str(e).splitlines()[0])
    #> error: ValueError - `input_tensors` must have the same structure as model.input
    print("then:", [line.split(":")[0] for line in str(e).splitlines()[1:]])
    #> then: ['Reference structure', 'Received structure']

clone = keras.models.clone_model(model, input_tensors=keras.Input((64, 64, 3)))
print("with the tensor itself:", clone.input.shape)
#> with the tensor itself: (None, 64, 64, 3)
