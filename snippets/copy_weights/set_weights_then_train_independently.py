import keras
import numpy as np

keras.utils.set_random_seed(0)


def make(name):  # the same architecture, built by its Input
    return keras.Sequential(
        [
            keras.Input((3,)),
            keras.layers.Dense(4, name="h"),
            keras.layers.Dense(1, name="o"),
        ],
        name=name,
    )


def equal(a, b):  # every array of one list equals its partner in the other
    return all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


src, dst = make("src"), make("dst")
print("get_weights() returns:", type(src.get_weights()[0]).__name__)
#> get_weights() returns: ndarray
dst.set_weights(src.get_weights())  # copy the values into dst's own variables
print("equal values:", equal(src.get_weights(), dst.get_weights()))
#> equal values: True
print("same variable:", src.weights[0] is dst.weights[0])
#> same variable: False

before = dst.get_weights()
src.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
x, y = np.random.rand(8, 3), np.random.rand(8, 1)
src.train_on_batch(x, y)  # one optimizer step on src only
pairs = zip(src.get_weights(), dst.get_weights())
still_equal = any(np.array_equal(s, d) for s, d in pairs)
print("any weight still equal after training src:", still_equal)
#> any weight still equal after training src: False
print("dst unchanged:", equal(before, dst.get_weights()))
#> dst unchanged: True
