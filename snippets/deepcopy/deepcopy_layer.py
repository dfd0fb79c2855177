import copy

import keras
import numpy as np

keras.utils.set_random_seed(0)
to_np = keras.ops.convert_to_numpy

layer = keras.layers.Dense(3, name="dense")
layer.build((None, 2))
print("Layer.__reduce__ is", keras.layers.Layer.__reduce__.__qualname__)
#> Layer.__reduce__ is KerasSaveable.__reduce__

dup = copy.deepcopy(layer)  # saved to a .keras archive in memory, loaded back
print("copy:", type(dup).__name__, dup.name, "built:", dup.built)
#> copy: Dense dense built: True
print("same kernel variable:", dup.kernel is layer.kernel)
#> same kernel variable: False
print("equal kernels:", np.array_equal(to_np(dup.kernel), to_np(layer.kernel)))
#> equal kernels: True

before = to_np(layer.kernel).copy()
dup.kernel.assign(np.zeros((2, 3)))  # change the copy only
print("copy equals source after zeroing:", np.array_equal(to_np(dup.kernel), before))
#> copy equals source after zeroing: False
print("source kernel unchanged:", np.array_equal(before, to_np(layer.kernel)))
#> source kernel unchanged: True

x = keras.Input((2,))
try:  # the copy keeps the name: it cannot sit beside the source in one model
    keras.Model(x, [layer(x), dup(x)])
except ValueError as e:
    print("both in one model:", type(e).__name__, "-", str(e).split(". ")[0])
    #> both in one model: ValueError - The name "dense" is used 2 times in the model
