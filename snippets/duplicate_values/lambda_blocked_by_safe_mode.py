import os
import tempfile

import keras

inputs = keras.Input((2,), name="x")
twice = keras.layers.Lambda(
    lambda t: keras.ops.concatenate([t, t], axis=-1), name="twice"
)(inputs)
model = keras.Model(inputs, twice)

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)  # saving works
    try:
        keras.models.load_model(path)  # safe_mode=True by default
    except ValueError as e:
        print("error:", type(e).__name__, "-", str(e).split(" whose ")[0])
        #> error: ValueError - Requested the deserialization of a `Lambda` layer
        print("names the risk:", "arbitrary code execution" in str(e))
        #> names the risk: True
        print("names the way out:", "passing `safe_mode=False`" in str(e))
        #> names the way out: True
