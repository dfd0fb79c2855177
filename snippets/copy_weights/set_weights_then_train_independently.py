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


src, dst = make("src"), make("dst")
print(type(src.get_weights()[0]).__name__)  # the values, as NumPy arrays
#> ndarray
dst.set_weights(src.get_weights())  # copy the values into dst's own variables
print([np.array_equal(s, d) for s, d in zip(src.get_weights(), dst.get_weights())])
#> [True, True, True, True]
print(src.weights[0] is dst.weights[0])  # two variables, equal values
#> False

before = dst.get_weights()
src.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
x, y = np.random.rand(8, 3), np.random.rand(8, 1)
src.train_on_batch(x, y)  # one optimizer step on src only
print([np.array_equal(s, d) for s, d in zip(src.get_weights(), dst.get_weights())])
#> [False, False, False, False]
print([np.array_equal(b, d) for b, d in zip(before, dst.get_weights())])
#> [True, True, True, True]
