import keras
import numpy as np
from keras import ops


def build(filters):  # 6x6 input, 3x3 conv: a 4x4 map, flattened for the head
    x = keras.Input((6, 6, 1), name="x")
    flat = keras.layers.Flatten()(keras.layers.Conv2D(filters, 3, name="conv")(x))
    return keras.Model(x, keras.layers.Dense(1, name="head")(flat))


keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(32, 6, 6, 1)).astype("float32")
old = build(10)
old.compile(optimizer="adam", loss="mse")
old.fit(x, np.ones((32, 1), "float32"), epochs=2, verbose=0)
c_old, h_old = old.get_layer("conv"), old.get_layer("head")
expected = old.predict(x, verbose=0)
per_position = ops.concatenate(  # head rows as (row, col, channel): 2 zeros per cell
    [ops.reshape(h_old.kernel, (4, 4, 10, 1)), ops.zeros((4, 4, 2, 1))], 2
)
for label, rows in [
    ("appending at the end", ops.concatenate([h_old.kernel, ops.zeros((32, 1))], 0)),
    ("growing per position", ops.reshape(per_position, (192, 1))),
]:
    new = build(12)
    c_new, h_new = new.get_layer("conv"), new.get_layer("head")
    c_new.kernel.assign(ops.concatenate([c_old.kernel, c_new.kernel[..., 10:]], -1))
    c_new.bias.assign(ops.concatenate([c_old.bias, c_new.bias[10:]], 0))
    h_new.kernel.assign(rows)
    h_new.bias.assign(ops.copy(h_old.bias))
    same = np.allclose(new.predict(x, verbose=0), expected, atol=1e-6)
    print(f"{label} | head rows: {tuple(rows.shape)} | same predictions: {same}")
    #> appending at the end | head rows: (192, 1) | same predictions: False
    #> growing per position | head rows: (192, 1) | same predictions: True
