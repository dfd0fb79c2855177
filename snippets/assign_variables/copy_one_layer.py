import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((3,))
hidden = keras.layers.Dense(4, name="body")(inputs)
src = keras.Model(inputs, keras.layers.Dense(1, name="head")(hidden), name="src")

# Another model: a body of the same shape, a different head
inputs = keras.Input((3,))
hidden = keras.layers.Dense(4, name="body")(inputs)
dst = keras.Model(inputs, keras.layers.Dense(10, name="head")(hidden), name="dst")

src_body, dst_body = src.get_layer("body"), dst.get_layer("body")
for t, s in zip(dst_body.weights, src_body.weights, strict=True):
    t.assign(ops.copy(s))  # the copy: on JAX, assign(s) would share the array
pairs = zip(dst_body.weights, src_body.weights)
copied = [
    np.array_equal(ops.convert_to_numpy(t), ops.convert_to_numpy(s)) for t, s in pairs
]
print("body kernel and bias copied:", all(copied))
#> body kernel and bias copied: True
print("dst head kernel:", dst.get_layer("head").kernel.shape)  # untouched
#> dst head kernel: (4, 10)
