import keras
import numpy as np

keras.utils.set_random_seed(0)

src = keras.layers.Dense(32, name="src")
src.build((None, 64))  # build first, or there are no weights to copy
fresh = keras.layers.Dense(32, name="fresh")  # a new instance of the same class
fresh.build((None, 64))
copied = keras.layers.Dense(32, name="copied")
copied.build((None, 64))
copied.set_weights(src.get_weights())  # a copy of the values
model = keras.Sequential([keras.Input((64,)), src], name="model")
shared = model.get_layer("src")  # the same instance, used inside a model

kernels = {"fresh": fresh.kernel, "copied": copied.kernel, "shared": shared.kernel}


def equal(a, b):
    return np.array_equal(keras.ops.convert_to_numpy(a), keras.ops.convert_to_numpy(b))


for name, kernel in kernels.items():
    same = kernel is src.kernel
    print(f"{name}: equal values:", equal(kernel, src.kernel), "same variable:", same)
    #> fresh: equal values: False same variable: False
    #> copied: equal values: True same variable: False
    #> shared: equal values: True same variable: True

src.kernel.assign(np.zeros((64, 32)))  # change the source afterwards
for name, kernel in kernels.items():
    print(f"{name} follows the change:", equal(kernel, src.kernel))
    #> fresh follows the change: False
    #> copied follows the change: False
    #> shared follows the change: True
