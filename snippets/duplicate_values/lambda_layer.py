import keras
import numpy as np

inputs = keras.Input((2,), name="x")
twice = keras.layers.Lambda(
    lambda t: keras.ops.concatenate([t, t], axis=-1), name="twice"
)(inputs)
model = keras.Model(inputs, twice)

x = np.array([[1, 2], [3, 4]], "float32")
print("in memory:", model.predict(x, verbose=0).astype("int64").tolist())
#> in memory: [[1, 2, 1, 2], [3, 4, 3, 4]]
function = model.get_layer("twice").get_config()["function"]
print("saved as:", function["class_name"])
#> saved as: __lambda__
print("saved fields:", sorted(function["config"]))  # the lambda's compiled code
#> saved fields: ['closure', 'code', 'defaults']
