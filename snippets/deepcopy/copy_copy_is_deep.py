import copy

import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")

shallow = copy.copy(model)  # not shallow: Keras routes it through a full save/load
head, dup = model.get_layer("head"), shallow.get_layer("head")
print(shallow is model, dup is head, dup.kernel is head.kernel)
#> False False False
print(np.array_equal(dup.kernel.numpy(), head.kernel.numpy()))
#> True

# Change the "shallow" copy: the source keeps its values.
dup.kernel.assign(np.zeros((4, 2)))
print(np.array_equal(dup.kernel.numpy(), head.kernel.numpy()))
#> False
