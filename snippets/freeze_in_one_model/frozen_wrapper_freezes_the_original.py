import keras

keras.utils.set_random_seed(0)
discriminator = keras.Sequential(
    [keras.Input((2,)), keras.layers.Dense(1, activation="sigmoid", name="d")],
    name="discriminator",
)
# An attempt at a "frozen view": a second model over the same layers.
frozen_view = keras.Model(discriminator.inputs, discriminator.outputs, name="view")
frozen_view.trainable = False

layer = discriminator.get_layer("d")
print("same layer object:", frozen_view.get_layer("d") is layer)
#> same layer object: True
print("layer.trainable:", layer.trainable)
#> layer.trainable: False
print("kernel variable trainable:", layer.kernel.trainable)
#> kernel variable trainable: False
print("discriminator.trainable:", discriminator.trainable)
#> discriminator.trainable: True
print("discriminator trainable weights:", len(discriminator.trainable_weights))
#> discriminator trainable weights: 0
