import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((32, 32, 3), name="image")
h = keras.layers.Conv2D(8, 3, activation="relu", name="conv")(x)
h = keras.layers.Flatten(name="flat")(h)  # the head's input size depends on 32x32
small = keras.Model(x, keras.layers.Dense(2, name="head")(h), name="flatnet")

big = keras.models.clone_model(small, input_tensors=keras.Input((64, 64, 3)))
heads = small.get_layer("head"), big.get_layer("head")
print("head kernels:", heads[0].kernel.shape, heads[1].kernel.shape)
#> head kernels: (7200, 2) (30752, 2)
try:
    big.set_weights(small.get_weights())
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(" is not")[0])
    #> error: ValueError - Layer flatnet weight shape (30752, 2)
    print("then:", str(e).split("(30752, 2) ")[1])
    #> then: is not compatible with provided weight shape (7200, 2).

# Copy what still fits (the conv layer); the head starts fresh.
big.get_layer("conv").set_weights(small.get_layer("conv").get_weights())
kernels = (m.get_layer("conv").get_weights()[0] for m in (small, big))
print("conv copied:", np.array_equal(*kernels))
#> conv copied: True
