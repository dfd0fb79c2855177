import keras
import numpy as np

keras.utils.set_random_seed(0)


def make():
    layers = [keras.layers.Dense(8), keras.layers.Dense(1)]
    return keras.Sequential([keras.Input((4,)), *layers])


def values(model):
    return [keras.ops.convert_to_numpy(w) for w in model.weights]


src, dst = make(), make()
src.compile(optimizer="sgd", loss="mse")
x, y = np.ones((16, 4)), np.zeros((16, 1))
dst.predict(x, verbose=0)  # a target model you already have and use

for d, s in zip(dst.weights, src.weights, strict=True):
    d.assign(keras.ops.copy(s))  # the copy, variable by variable

copied = values(dst)
same = all(np.array_equal(a, b) for a, b in zip(copied, values(src)))
print("equal values after the copy:", same)
#> equal values after the copy: True
src.fit(x, y, epochs=1, verbose=0)  # the source trains on: a compiled step
dst.predict(x, verbose=0)  # and the copy still runs
kept = all(np.array_equal(a, b) for a, b in zip(values(dst), copied))
print("copy unchanged while the source trains:", kept)
#> copy unchanged while the source trains: True
print("source trained:", not np.array_equal(values(src)[0], copied[0]))
#> source trained: True
