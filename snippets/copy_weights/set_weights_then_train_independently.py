import keras
import numpy as np
from keras import layers

keras.utils.set_random_seed(0)
src = keras.Sequential([keras.Input((3,)), layers.Dense(4), layers.Dense(1)])
dst = keras.Sequential([keras.Input((3,)), layers.Dense(4), layers.Dense(1)])
dst.set_weights(src.get_weights())  # copy the values into dst's own variables
print("get_weights() returns:", type(src.get_weights()[0]).__name__)
#> get_weights() returns: ndarray
pairs = zip(src.get_weights(), dst.get_weights(), strict=True)
print("equal values:", all(np.array_equal(s, d) for s, d in pairs))
#> equal values: True
shared = any(s is d for s, d in zip(src.weights, dst.weights, strict=True))
print("any variable shared:", shared)
#> any variable shared: False

before = dst.get_weights()
src.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
x, y = np.random.rand(8, 3), np.random.rand(8, 1)
src.train_on_batch(x, y)  # one optimizer step on src only
pairs = zip(src.get_weights(), dst.get_weights(), strict=True)
still_equal = any(np.array_equal(s, d) for s, d in pairs)
print("any weight still equal after training src:", still_equal)
#> any weight still equal after training src: False
pairs = zip(before, dst.get_weights(), strict=True)
print("dst unchanged:", all(np.array_equal(b, d) for b, d in pairs))
#> dst unchanged: True
