import copy

import keras
import numpy as np

keras.utils.set_random_seed(0)

layer = keras.layers.Dense(3, name="dense")
layer.build((None, 2))

dup = copy.deepcopy(layer)
print(type(dup).__name__, dup.name, dup.built)
#> Dense dense True
print(dup.kernel is layer.kernel)  # new variables...
#> False
print(np.array_equal(dup.kernel.numpy(), layer.kernel.numpy()))  # ...with equal values
#> True

dup.kernel.assign(np.zeros((2, 3)))  # change the copy only
print(np.array_equal(dup.kernel.numpy(), layer.kernel.numpy()))
#> False
print(np.abs(layer.kernel.numpy()).sum() > 0)  # the source kept its values
#> True
