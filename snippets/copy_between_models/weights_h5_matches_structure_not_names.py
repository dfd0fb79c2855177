import os
import tempfile

import h5py
import keras
import numpy as np

keras.utils.set_random_seed(0)


def build(first, second, name):
    x = keras.Input((4,), name="x")
    h = keras.layers.Dense(8, name=first)(x)
    return keras.Model(x, keras.layers.Dense(3, name=second)(h), name=name)


src = build("dense_a", "dense_b", "src")
dst = build("encoder", "classifier", "dst")  # same structure, other names

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "src.weights.h5")
    src.save_weights(path)
    with h5py.File(path, "r") as f:  # what the file is keyed on
        print("keys in the file:", sorted(f["layers"].keys()))
        #> keys in the file: ['dense', 'dense_1', 'input_layer']
    dst.load_weights(path)  # no layer name matches, and it loads anyway

pairs = zip(src.get_weights(), dst.get_weights(), strict=True)
print("all weights equal:", all(np.array_equal(a, b) for a, b in pairs))
#> all weights equal: True
