# Keras 2 and Keras 3 in one script: needs tf_keras (pip install tf-keras) next to keras.
import os
import tempfile

import keras  # Keras 3
import numpy as np
import tf_keras  # Keras 2

keras.utils.set_random_seed(0)
tf_keras.utils.set_random_seed(0)


def build(lib):  # the same architecture in either Keras
    return lib.Sequential(
        [lib.Input((4,)), lib.layers.Dense(8, name="encoder"), lib.layers.Dense(3, name="head")],
        name="net",
    )


keras2_model, keras3_model = build(tf_keras), build(keras)
print("versions, writer / reader:", tf_keras.__version__[0], keras.__version__[0])
#> versions, writer / reader: 2 3
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "keras2_weights.h5")
    keras2_model.save_weights(path)  # Keras 2 writes the legacy HDF5 format
    keras3_model.load_weights(path)  # Keras 3 reads it with its legacy reader
pairs = zip(keras2_model.get_weights(), keras3_model.get_weights())
print("equal weights:", all(np.array_equal(a, b) for a, b in pairs))
#> equal weights: True
x = np.ones((2, 4), "float32")
same = np.allclose(keras2_model.predict(x, verbose=0), keras3_model.predict(x, verbose=0))
print("same predictions:", same)
#> same predictions: True
