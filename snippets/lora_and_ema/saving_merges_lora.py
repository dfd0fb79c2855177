import os
import tempfile

import h5py
import keras
import numpy as np


def build(name):
    inputs = keras.Input((4,), name="x")
    return keras.Model(inputs, keras.layers.Dense(3, name="dense")(inputs), name=name)


keras.utils.set_random_seed(0)
model = build("m")
model.get_layer("dense").enable_lora(2)
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, np.ones((8, 3), "float32"), epochs=3, verbose=0)
merged = keras.ops.convert_to_numpy(model.get_layer("dense").kernel)
out = keras.ops.convert_to_numpy(model(x))

with tempfile.TemporaryDirectory() as tmp:
    model.save_weights(os.path.join(tmp, "m.weights.h5"))
    with h5py.File(os.path.join(tmp, "m.weights.h5")) as f:
        stored = f["layers/dense/vars"]
        print("stored for dense:", [stored[k].shape for k in sorted(stored)])
        #> stored for dense: [(4, 3), (3,)]
    plain = build("plain")  # a model without LoRA
    plain.load_weights(os.path.join(tmp, "m.weights.h5"))
    plain_out = keras.ops.convert_to_numpy(plain(x))
    print("plain model, same outputs:", np.allclose(out, plain_out, atol=1e-6))
    #> plain model, same outputs: True

    model.save(os.path.join(tmp, "m.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "m.keras"))
dense = loaded.get_layer("dense")
print("loaded: lora_enabled", dense.lora_enabled, "- weights", len(loaded.weights))
#> loaded: lora_enabled True - weights 4
print("loaded base kernel == merged:", np.allclose(dense.get_weights()[0], merged))
#> loaded base kernel == merged: True
loaded_out = keras.ops.convert_to_numpy(loaded(x))
print("loaded, same outputs:", np.allclose(out, loaded_out, atol=1e-6))
#> loaded, same outputs: True
