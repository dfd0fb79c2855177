import random

import keras
import numpy as np


def first_kernel():
    layer = keras.layers.Dense(2, name="dense")
    layer.build((None, 2))
    return keras.ops.convert_to_numpy(layer.kernel)


keras.utils.set_random_seed(42)
k1 = first_kernel()
k2 = first_kernel()
keras.utils.set_random_seed(42)  # same seed again: the same draws
k3 = first_kernel()

print("two layers after one seed, equal kernels:", np.array_equal(k1, k2))
#> two layers after one seed, equal kernels: False
print("first layer after re-seeding, equal kernels:", np.array_equal(k1, k3))
#> first layer after re-seeding, equal kernels: True
print("first kernel:", np.round(k1.astype("float64"), 3).tolist())
#> first kernel: [[0.877, 0.398], [-0.346, 1.102]]

# The same call also seeds Python's and NumPy's own generators.
keras.utils.set_random_seed(42)
draws = (random.random(), np.random.rand())
keras.utils.set_random_seed(42)
print("Python and NumPy draws replayed:", draws == (random.random(), np.random.rand()))
#> Python and NumPy draws replayed: True
