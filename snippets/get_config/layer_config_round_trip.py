import keras
import numpy as np

keras.utils.set_random_seed(0)

src = keras.layers.Dense(8, activation="relu", name="hidden")
src.build((None, 4))

config = src.get_config()  # a plain dict: architecture only, no weights
print("config type:", type(config).__name__)
#> config type: dict
print("kernel entries:", sorted(key for key in config if key.startswith("kernel")))
#> kernel entries: ['kernel_constraint', 'kernel_initializer', 'kernel_regularizer']
dup = keras.layers.Dense.from_config(config)
print("copy:", dup.name, dup.units, dup.get_config()["activation"])
#> copy: hidden 8 relu
print("copy built:", dup.built)
#> copy built: False

dup.build((None, 4))
print("same kernel variable:", dup.kernel is src.kernel)
#> same kernel variable: False
kernels = [keras.ops.convert_to_numpy(layer.kernel) for layer in (src, dup)]
print("equal kernels:", np.array_equal(*kernels))
#> equal kernels: False
