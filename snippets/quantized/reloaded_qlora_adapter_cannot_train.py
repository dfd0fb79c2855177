import inspect
import os
import tempfile

import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
model = keras.Model(inputs, keras.layers.Dense(3, name="dense")(inputs), name="m")
model.quantize("int8")
model.get_layer("dense").enable_lora(2, lora_alpha=8)
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
y = np.ones((8, 3), "float32")
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, y, epochs=3, verbose=0)
with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "m.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "m.keras"))
dense = loaded.get_layer("dense")
a, b = dense.lora_kernel_a, dense.lora_kernel_b


def zero(v):
    return not ops.convert_to_numpy(v).any()


print("loaded: A zero", zero(a), "B zero", zero(b), "lora_alpha", dense.lora_alpha)
#> loaded: A zero True B zero True lora_alpha 2
loaded.fit(x, y, epochs=3, verbose=0)  # compiled from the file
print("after more fit: A zero", zero(a), "B zero", zero(b))
#> after more fit: A zero True B zero True

dense.lora_alpha = 8  # the saved config has it; load_model drops it
lora_args = inspect.signature(dense.enable_lora).parameters
print("enable_lora draws A from:", lora_args["a_initializer"].default)
#> enable_lora draws A from: he_uniform
a.assign(keras.initializers.HeUniform(seed=0)(a.shape))  # he_uniform, as printed
loaded.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")  # a new train step
loaded.fit(x, y, epochs=3, verbose=0)
print("after re-initialising A: B zero", zero(b), "lora_alpha", dense.lora_alpha)
#> after re-initialising A: B zero False lora_alpha 8
