import keras
import numpy as np
from keras import ops


def build(filters):
    x = keras.Input((6, 6, 1), name="x")
    conv = keras.layers.Conv2D(filters, 3, kernel_initializer="he_normal", name="conv")
    h = keras.layers.GlobalAveragePooling2D()(conv(x))
    return keras.Model(x, keras.layers.Dense(1, name="head")(h))


keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(32, 6, 6, 1)).astype("float32")
y = np.ones((32, 1), "float32")
old = build(10)
old.compile(optimizer="adam", loss="mse")
old.fit(x, y, epochs=2, verbose=0)
c_old, h_old = old.get_layer("conv"), old.get_layer("head")
expected = old.predict(x, verbose=0)
pairs = zip(build(12).weights, old.weights, strict=True)
print("variables that grew:", [v.path for v, w in pairs if v.shape != w.shape])
#> variables that grew: ['conv/kernel', 'conv/bias', 'head/kernel']

for new_head_rows in ("fresh", "zeros"):
    new = build(12)
    c_new, h_new = new.get_layer("conv"), new.get_layer("head")
    c_new.kernel.assign(ops.concatenate([c_old.kernel, c_new.kernel[..., 10:]], -1))
    c_new.bias.assign(ops.concatenate([c_old.bias, c_new.bias[10:]], 0))
    rows = h_new.kernel[10:] if new_head_rows == "fresh" else ops.zeros((2, 1))
    h_new.kernel.assign(ops.concatenate([h_old.kernel, rows], 0))
    h_new.bias.assign(ops.copy(h_old.bias))
    same = np.allclose(new.predict(x, verbose=0), expected, atol=1e-6)
    start = np.array(ops.convert_to_numpy(c_new.kernel)[..., 10:])
    new.compile(optimizer="adam", loss="mse")
    new.fit(x, y, epochs=5, verbose=0)
    moved = bool((ops.convert_to_numpy(c_new.kernel)[..., 10:] != start).any())
    print(f"{new_head_rows} rows | same as old: {same} | new filters train: {moved}")
    #> fresh rows | same as old: False | new filters train: True
    #> zeros rows | same as old: True | new filters train: True
