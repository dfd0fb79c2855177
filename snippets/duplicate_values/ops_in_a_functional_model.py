import os
import tempfile

import keras
import numpy as np

inputs = keras.Input((2,), name="x")
twice = keras.ops.concatenate([inputs, inputs], axis=-1)  # keras.ops on a KerasTensor
model = keras.Model(inputs, twice)
print("output shape:", tuple(model.output.shape))
#> output shape: (None, 4)

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    loaded = keras.models.load_model(path)  # safe_mode stays on

x = np.array([[1, 2], [3, 4]], "float32")
print("loaded, safe_mode on:", loaded.predict(x, verbose=0).astype("int64").tolist())
#> loaded, safe_mode on: [[1, 2, 1, 2], [3, 4, 3, 4]]
