import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
src = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)], name="src")
dst = keras.Sequential(
    [keras.Input((3,)), keras.layers.Dense(4), keras.layers.Dense(4)], name="dst"
)

for t, s in zip(dst.weights, src.weights):  # 4 targets, 2 sources: no error
    t.assign(s)
print("variables in dst, in src:", len(dst.weights), len(src.weights))
#> variables in dst, in src: 4 2
pairs = zip(dst.weights, src.weights)
copied = [
    np.array_equal(ops.convert_to_numpy(t), ops.convert_to_numpy(s)) for t, s in pairs
]
print("pairs copied:", sum(copied))
#> pairs copied: 2

try:
    for t, s in zip(dst.weights, src.weights, strict=True):
        t.assign(s)
except ValueError as e:  # Python's message starts "zip()"
    print("error:", type(e).__name__, "-", e)
    #> error: ValueError - zip() argument 2 is shorter than argument 1
