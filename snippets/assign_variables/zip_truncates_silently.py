import keras
import numpy as np

keras.utils.set_random_seed(0)
src = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)], name="src")
dst = keras.Sequential(
    [keras.Input((3,)), keras.layers.Dense(4), keras.layers.Dense(4)], name="dst"
)

for t, s in zip(dst.weights, src.weights):  # 4 targets, 2 sources: no error
    t.assign(s)
print(len(dst.weights), len(src.weights))
#> 4 2
print([np.array_equal(t.numpy(), s.numpy()) for t, s in zip(dst.weights, src.weights)])
#> [True, True]

try:
    for t, s in zip(dst.weights, src.weights, strict=True):
        t.assign(s)
except ValueError as e:
    print(type(e).__name__, e)
    #> ValueError zip() argument 2 is shorter than argument 1
