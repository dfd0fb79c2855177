import keras
import numpy as np

keras.utils.set_random_seed(0)

src = keras.layers.Dense(8, activation="relu", name="hidden")
src.build((None, 4))

config = src.get_config()  # a plain dict: architecture only, no weights
dup = keras.layers.Dense.from_config(config)
print(dup.name, dup.units, dup.get_config()["activation"])
#> hidden 8 relu
print(dup.built)  # from_config returns an unbuilt layer
#> False

dup.build((None, 4))
print(np.array_equal(src.kernel.numpy(), dup.kernel.numpy()))  # fresh weights
#> False
