import keras

inputs = keras.Input((3,), name="x")
hidden = keras.layers.Dense(4, name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1, name="out")(hidden), name="model")
twin = keras.models.clone_model(model, clone_function=lambda layer: layer)

twin.trainable = False  # sets the flag on every layer, and the layers are shared
print(model.trainable, model.get_layer("hidden").trainable)
#> True False
print(len(model.trainable_weights), len(model.non_trainable_weights))
#> 0 4

model.trainable = True  # the model's own flag is already True: nothing happens
print(len(model.trainable_weights))
#> 0

twin.trainable = True  # undo it on the model where it was done
print(len(model.trainable_weights))
#> 4
