import os
import tempfile

import keras
import numpy as np


def build():  # one Lambda layer per column, made in a loop, then joined again
    x = keras.Input((3,))
    columns = []
    for i in range(3):  # the lambda reads i when it runs, not when it is made
        take_column = keras.layers.Lambda(lambda t: t[:, i : i + 1])  # noqa: B023
        columns.append(take_column(x))
    return keras.Model(x, keras.layers.Concatenate()(columns))


data = np.array([[1.0, 2.0, 3.0]], "float32")
model = build()
print("wanted:", data.tolist())
#> wanted: [[1.0, 2.0, 3.0]]
print("in memory:", model.predict(data, verbose=0).tolist())
#> in memory: [[3.0, 3.0, 3.0]]
path = os.path.join(tempfile.mkdtemp(), "columns.keras")
model.save(path)
loaded = keras.models.load_model(path, safe_mode=False)
print("loaded:", loaded.predict(data, verbose=0).tolist())
#> loaded: [[3.0, 3.0, 3.0]]
