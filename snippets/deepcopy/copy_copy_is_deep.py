import copy

import keras
import numpy as np

keras.utils.set_random_seed(0)
to_np = keras.ops.convert_to_numpy

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")

shallow = copy.copy(model)  # not shallow: Keras routes it through a full save/load
head, dup = model.get_layer("head"), shallow.get_layer("head")
print("same model:", shallow is model, "same layer:", dup is head)
#> same model: False same layer: False
print("same kernel variable:", dup.kernel is head.kernel)
#> same kernel variable: False
print("equal kernels:", np.array_equal(to_np(dup.kernel), to_np(head.kernel)))
#> equal kernels: True

# Change the "shallow" copy: the source keeps its values.
dup.kernel.assign(np.zeros((4, 2)))
equal = np.array_equal(to_np(dup.kernel), to_np(head.kernel))
print("copy equals source after zeroing:", equal)
#> copy equals source after zeroing: False
