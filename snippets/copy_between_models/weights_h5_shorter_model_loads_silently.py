import os
import tempfile
import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, name="encoder")(x)
full = keras.Model(x, keras.layers.Dense(3, name="head")(h), name="full")

x = keras.Input((4,), name="x")
backbone = keras.Model(x, keras.layers.Dense(8, name="encoder")(x), name="backbone")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "full.weights.h5")
    full.save_weights(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        backbone.load_weights(path)  # no skip_mismatch: the head is simply unused

w_full, w_backbone = (m.get_layer("encoder").get_weights()[0] for m in (full, backbone))
print("encoder loaded:", np.array_equal(w_full, w_backbone))
#> encoder loaded: True
user_warnings = [w for w in caught if issubclass(w.category, UserWarning)]
print("warnings about the unused head:", len(user_warnings))
#> warnings about the unused head: 0
