import keras
import numpy as np

keras.utils.set_random_seed(0)

src = keras.layers.Dense(32, name="src")
dst = keras.layers.Dense(32, name="dst")
src.build((None, 64))
dst.build((None, 64))  # build both first, or there is nothing to copy

dst.set_weights(src.get_weights())  # a copy of the values
print(np.array_equal(src.kernel.numpy(), dst.kernel.numpy()))
#> True
print(src.kernel is dst.kernel)
#> False

src.kernel.assign(np.zeros((64, 32)))  # change the source afterwards
print(np.array_equal(src.kernel.numpy(), dst.kernel.numpy()))  # the copy did not follow
#> False

# Sharing means one instance: call the same layer wherever it is needed.
shared = keras.Sequential([keras.Input((64,)), src])
print(shared.layers[0].kernel is src.kernel)
#> True
