import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)
init = keras.initializers.GlorotUniform()  # no seed
a = keras.layers.Dense(2, kernel_initializer=init)
b = keras.layers.Dense(2, kernel_initializer=init)
a.build((None, 3))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    b.build((None, 3))
kernels = [keras.ops.convert_to_numpy(layer.kernel) for layer in (a, b)]
print("equal kernels:", np.array_equal(*kernels))
#> equal kernels: True
print("warnings:", len(caught))
#> warnings: 0

# By name: each layer makes an initializer of its own.
c = keras.layers.Dense(2, kernel_initializer="glorot_uniform")
d = keras.layers.Dense(2, kernel_initializer="glorot_uniform")
c.build((None, 3))
d.build((None, 3))
kernels = [keras.ops.convert_to_numpy(layer.kernel) for layer in (c, d)]
print("by name, equal kernels:", np.array_equal(*kernels))
#> by name, equal kernels: False
