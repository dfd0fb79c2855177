import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)


def equal_kernels(init_a, init_b):  # two Dense layers, one initializer each
    a = keras.layers.Dense(2, kernel_initializer=init_a)
    b = keras.layers.Dense(2, kernel_initializer=init_b)
    a.build((None, 3))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        b.build((None, 3))
    kernels = [keras.ops.convert_to_numpy(layer.kernel) for layer in (a, b)]
    return np.array_equal(*kernels), len(caught)


init = keras.initializers.GlorotUniform()  # no seed
equal, caught = equal_kernels(init, init)
print("equal kernels:", equal)
#> equal kernels: True
print("warnings:", caught)
#> warnings: 0
seeded = keras.initializers.GlorotUniform(seed=1)  # a seed does not help
print("one seeded object, equal kernels:", equal_kernels(seeded, seeded)[0])
#> one seeded object, equal kernels: True

# By name: each layer makes an initializer of its own.
equal = equal_kernels("glorot_uniform", "glorot_uniform")[0]
print("by name, equal kernels:", equal)
#> by name, equal kernels: False
# With arguments: a new object for each layer.
a, b = (keras.initializers.RandomNormal(stddev=0.01) for _ in range(2))
print("new object per layer, equal kernels:", equal_kernels(a, b)[0])
#> new object per layer, equal kernels: False
# The same integer seed in each new object: the same values again.
a, b = (keras.initializers.RandomNormal(stddev=0.01, seed=1) for _ in range(2))
print("new objects, one seed, equal kernels:", equal_kernels(a, b)[0])
#> new objects, one seed, equal kernels: True
