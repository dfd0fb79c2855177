import keras
import numpy as np


def first_kernel():
    layer = keras.layers.Dense(2)
    layer.build((None, 2))
    return layer.kernel.numpy()


keras.utils.set_random_seed(42)
k1 = first_kernel()
k2 = first_kernel()
keras.utils.set_random_seed(42)  # same seed again: the same draws
k3 = first_kernel()

print(np.array_equal(k1, k2))  # two instances after one seed still differ
#> False
print(np.array_equal(k1, k3))  # same seed, same position in the sequence
#> True
print(np.round(k1.astype("float64"), 3).tolist())
#> [[0.877, 0.398], [-0.346, 1.102]]
