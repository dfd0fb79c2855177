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
old.fit(x, y, epochs=2, verbose=0)  # the trained model, 10 filters
new = build(12)  # the same model with 2 more filters, freshly initialized
c_old, c_new = old.get_layer("conv"), new.get_layer("conv")
h_old, h_new = old.get_layer("head"), new.get_layer("head")
fresh = np.array(ops.convert_to_numpy(c_new.kernel)[..., 10:])  # new filters

# The 10 trained filters first, then the new layer's own last 2.
c_new.kernel.assign(ops.concatenate([c_old.kernel, c_new.kernel[..., 10:]], -1))
c_new.bias.assign(ops.concatenate([c_old.bias, c_new.bias[10:]], 0))
# The head reads 12 channels now: its kernel grows on axis 0.
h_new.kernel.assign(ops.concatenate([h_old.kernel, h_new.kernel[10:]], 0))
h_new.bias.assign(ops.copy(h_old.bias))

kernel = np.array(ops.convert_to_numpy(c_new.kernel))  # a copy
trained = ops.convert_to_numpy(c_old.kernel)
print("filters 0-9 are the trained ones:", np.array_equal(kernel[..., :10], trained))
#> filters 0-9 are the trained ones: True
print("filters 10-11 kept their fresh values:", np.array_equal(kernel[..., 10:], fresh))
#> filters 10-11 kept their fresh values: True
new.compile(optimizer="adam", loss="mse")
loss = new.fit(x, y, epochs=5, verbose=0).history["loss"]
print("bigger model trains, loss down:", loss[-1] < loss[0])
#> bigger model trains, loss down: True
moved = ops.convert_to_numpy(c_new.kernel)[..., 10:] != kernel[..., 10:]
print("new filters moved by fit:", bool(moved.any()))
#> new filters moved by fit: True
