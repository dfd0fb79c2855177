import os
import tempfile
import warnings

import h5py
import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, activation="relu", name="encoder")(x)
src = keras.Model(x, keras.layers.Dense(3, name="head")(h), name="src")
src.compile(optimizer="adam", loss="mse")

# Other order, an extra layer, a 5-class head: only the names tie it to src.
x = keras.Input((4,), name="x")
side = keras.layers.Dense(2, name="side")(x)
enc = keras.layers.Dense(8, activation="relu", name="encoder")(x)
h = keras.layers.Concatenate(name="concat")([side, enc])
dst = keras.Model(x, keras.layers.Dense(5, name="head")(h), name="dst")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "src.h5")  # .h5, not .weights.h5: legacy HDF5
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        keras.Model(src.inputs, src.outputs).save(path)  # an uncompiled view of src
        with h5py.File(path, "r") as f:
            names = list(f["model_weights"].attrs["layer_names"])
        dst.load_weights(path, by_name=True, skip_mismatch=True)

print("layer names in the file:", names)
#> layer names in the file: ['x', 'encoder', 'head']
enc_src, enc_dst = src.get_layer("encoder"), dst.get_layer("encoder")
pairs = zip(enc_src.get_weights(), enc_dst.get_weights())
print("encoder copied by name:", all(np.array_equal(a, b) for a, b in pairs))
#> encoder copied by name: True
skipped = [str(w.message) for w in caught if "Skipping loading" in str(w.message)]
print("warning:", skipped[0].split("due to")[0])
#> warning: Skipping loading weights for layer #2 (named head)
kept = "optimizer" in src.get_compile_config()
print("optimizer still in src's compile config:", kept)
#> optimizer still in src's compile config: True
