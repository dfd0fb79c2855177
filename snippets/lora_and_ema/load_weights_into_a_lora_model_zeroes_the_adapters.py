import os
import tempfile

import keras
import numpy as np
from keras import ops


def build():
    inputs = keras.Input((4,), name="x")
    return keras.Model(inputs, keras.layers.Dense(3, name="dense")(inputs), name="m")


keras.utils.set_random_seed(0)
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
y = np.ones((8, 3), "float32")
source = build()
source.get_layer("dense").enable_lora(2)
source.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
source.fit(x, y, epochs=3, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "m.weights.h5")
source.save_weights(path)  # merges the adapters into the kernel
for order in ("enable_lora, load_weights", "load_weights, enable_lora"):
    model = build()
    dense = model.get_layer("dense")
    for step in order.split(", "):
        dense.enable_lora(2) if step == "enable_lora" else model.load_weights(path)
    a_zero = not np.any(ops.convert_to_numpy(dense.lora_kernel_a))
    same = np.allclose(ops.convert_to_numpy(model(x)), ops.convert_to_numpy(source(x)))
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
    model.fit(x, y, epochs=3, verbose=0)
    b_trains = bool(np.any(ops.convert_to_numpy(dense.lora_kernel_b)))
    print(f"{order}: A zero {a_zero}, same outputs {same}, B trains {b_trains}")
    #> enable_lora, load_weights: A zero True, same outputs True, B trains False
    #> load_weights, enable_lora: A zero False, same outputs True, B trains True
