# TensorFlow only: the deferred copy is TensorFlow's, and so is the slice write that forces it.
import keras
import numpy as np

keras.utils.set_random_seed(0)


def make(name):
    layers = [keras.layers.Dense(64, name="hidden"), keras.layers.Dense(1, name="out")]
    return keras.Sequential([keras.Input((8,)), *layers], name=name)


src, dst = make("src"), make("dst")
for d, s in zip(dst.weights, src.weights, strict=True):
    d.assign(s)  # on TensorFlow the memory may stay shared: the copy is deferred
for d in dst.weights:
    d.value[:1].assign(d.value[:1])  # one in-place write: TensorFlow copies here


def values(model):
    return [keras.ops.convert_to_numpy(w) for w in model.weights]


same = all(np.array_equal(a, b) for a, b in zip(values(dst), values(src)))
print("equal values after the copy:", same)
#> equal values after the copy: True
src.weights[0].assign_add(keras.ops.ones_like(src.weights[0]))  # the source trains on
kept = not np.array_equal(values(dst)[0], values(src)[0])
print("copy unchanged when the source changes:", kept)
#> copy unchanged when the source changes: True
