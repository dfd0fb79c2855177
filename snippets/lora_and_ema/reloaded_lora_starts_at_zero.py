import os
import tempfile

import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
model = keras.Model(inputs, keras.layers.Dense(3, name="dense")(inputs), name="m")
model.get_layer("dense").enable_lora(2)
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
y = np.ones((8, 3), "float32")
model.fit(x, y, epochs=3, verbose=0)
with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "m.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "m.keras"))
dense = loaded.get_layer("dense")
a, b = dense.lora_kernel_a, dense.lora_kernel_b
print("after load, A all zero:", not np.any(ops.convert_to_numpy(a)))
#> after load, A all zero: True
print("after load, B all zero:", not np.any(ops.convert_to_numpy(b)))
#> after load, B all zero: True

bias = ops.convert_to_numpy(dense.bias).copy()
loaded.fit(x, y, epochs=3, verbose=0)  # A = B = 0: both get zero gradients
print("after more fit, A still zero:", not np.any(ops.convert_to_numpy(a)))
#> after more fit, A still zero: True
print("after more fit, B still zero:", not np.any(ops.convert_to_numpy(b)))
#> after more fit, B still zero: True
print("bias moved by more fit:", not np.allclose(bias, dense.bias))
#> bias moved by more fit: True

a.assign(keras.initializers.HeUniform(seed=0)(a.shape))  # enable_lora's default
loaded.fit(x, y, epochs=3, verbose=0)
print("after re-initialising A, B trains:", bool(np.any(ops.convert_to_numpy(b))))
#> after re-initialising A, B trains: True
