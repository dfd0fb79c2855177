import os
import tempfile
import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)


def build(classes):
    x = keras.Input((4,), name="x")
    h = keras.layers.Dense(8, activation="relu", name="encoder")(x)
    return keras.Model(x, keras.layers.Dense(classes, name="head")(h), name="net")


src, dst = build(classes=3), build(classes=5)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "src.h5")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        src.save(path)  # the legacy HDF5 format
        try:
            dst.load_weights(path, by_name=True)
        except ValueError as e:
            message = str(e).split("for weight")[0]
            print("by_name alone:", type(e).__name__, "-", message)
            #> by_name alone: ValueError - Shape mismatch in layer #2 (named head)
        dst.load_weights(path, skip_mismatch=True)  # by position, no by_name

enc_src, enc_dst = src.get_layer("encoder"), dst.get_layer("encoder")
pairs = zip(enc_src.get_weights(), enc_dst.get_weights())
copied = all(np.array_equal(a, b) for a, b in pairs)
print("skip_mismatch alone, encoder copied:", copied)
#> skip_mismatch alone, encoder copied: True
warned = any("named head" in str(w.message) for w in caught)
print("head skipped with a warning:", warned)
#> head skipped with a warning: True
