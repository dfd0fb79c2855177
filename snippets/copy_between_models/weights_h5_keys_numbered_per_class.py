import os
import tempfile
import warnings

import h5py
import keras
import numpy as np

keras.utils.set_random_seed(0)


def build(*inserted):  # the same Dense layers, other layers inserted after "a"
    x = keras.Input((4,), name="x")
    h = keras.layers.Dense(4, name="a")(x)
    for layer in inserted:
        h = layer(h)
    h = keras.layers.Dense(4, name="b")(h)
    return keras.Model(x, keras.layers.Dense(3, name="head")(h), name="net")


def dense_all_equal(model):
    def kernel(m, name):
        return keras.ops.convert_to_numpy(m.get_layer(name).kernel)

    return all(
        np.array_equal(kernel(model, n), kernel(src, n)) for n in ("a", "b", "head")
    )


src = build()
with_dropout = build(keras.layers.Dropout(0.5))
with_norm = build(keras.layers.BatchNormalization(name="norm"))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "src.weights.h5")
    src.save_weights(path)
    with h5py.File(path, "r") as f:
        print("keys in the file:", sorted(f["layers"]))
        #> keys in the file: ['dense', 'dense_1', 'dense_2', 'input_layer']
    with_dropout.load_weights(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with_norm.load_weights(path, skip_mismatch=True)  # nothing in the file for it
print("Dropout inserted, every Dense equal:", dense_all_equal(with_dropout))
#> Dropout inserted, every Dense equal: True
print("BatchNormalization inserted, every Dense equal:", dense_all_equal(with_norm))
#> BatchNormalization inserted, every Dense equal: True
skipped = [str(w.message) for w in caught if "could not be loaded" in str(w.message)]
print("warning:", skipped[0].split(".")[0], "- names norm:", "name=norm" in skipped[0])
#> warning: A total of 1 objects could not be loaded - names norm: True
