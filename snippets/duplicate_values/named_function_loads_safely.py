import os
import tempfile

import keras
import numpy as np


def twice(t):  # a named function, not a lambda
    return keras.ops.concatenate([t, t], axis=-1)


inputs = keras.Input((2,), name="x")
model = keras.Model(inputs, keras.layers.Lambda(twice, name="twice")(inputs))
function = model.get_layer("twice").get_config()["function"]
print("saved as:", function["class_name"], function["config"])  # a name, no code
#> saved as: function twice

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    # Saved by name: hand the function back at load time, safe_mode stays on.
    loaded = keras.models.load_model(path, custom_objects={"twice": twice})

x = np.array([[1, 2], [3, 4]], "float32")
print("loaded, safe_mode on:", loaded.predict(x, verbose=0).astype("int64").tolist())
#> loaded, safe_mode on: [[1, 2, 1, 2], [3, 4, 3, 4]]
