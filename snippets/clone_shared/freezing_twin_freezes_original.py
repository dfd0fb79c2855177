import keras

inputs = keras.Input((3,), name="x")
hidden = keras.layers.Dense(4, name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1, name="out")(hidden), name="model")
twin = keras.models.clone_model(model, clone_function=lambda layer: layer)

twin.trainable = False  # sets the flag on every layer, and the layers are shared
print("model.trainable:", model.trainable)
#> model.trainable: True
print("hidden trainable:", model.get_layer("hidden").trainable)
#> hidden trainable: False
counts = len(model.trainable_weights), len(model.non_trainable_weights)
print("model trainable, non-trainable weights:", *counts)
#> model trainable, non-trainable weights: 0 4

# TensorFlow backend: assigning the value an attribute already has is skipped.
model.trainable = True  # the model's own flag is already True: nothing happens
print("after model.trainable = True:", len(model.trainable_weights))
#> after model.trainable = True: 0

twin.trainable = True  # undo it on the model where it was done
print("after twin.trainable = True:", len(model.trainable_weights))
#> after twin.trainable = True: 4
