# TensorFlow only: tf_keras (Keras 2) writes the SavedModel; TFSMLayer runs it in TF
import os
import shutil
import tempfile

import keras  # Keras 3
import numpy as np
import tf_keras  # Keras 2, here only to write the folder a Keras 2 user has

tf_keras.utils.set_random_seed(0)
old = tf_keras.Sequential([tf_keras.Input((3,)), tf_keras.layers.Dense(2, name="head")])
old.save(folder := tempfile.mkdtemp())  # a Keras 2 SavedModel folder
x = keras.Input((3,))
layer = keras.layers.TFSMLayer(folder, call_endpoint="serving_default")
model = keras.Model(x, layer(x)["head"])  # a Keras 3 model around the folder
model.save(path := os.path.join(tempfile.mkdtemp(), "model.keras"))
try:
    keras.models.load_model(path)
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(",")[0])
    #> error: ValueError - Requested the deserialization of a `TFSMLayer`
    print("the message suggests safe_mode=False:", "safe_mode=False" in str(e))
    #> the message suggests safe_mode=False: True
back = keras.models.load_model(path, safe_mode=False)
ones = np.ones((1, 3), "float32")
print("reloaded, same outputs:", np.allclose(back(ones), old.predict(ones, verbose=0)))
#> reloaded, same outputs: True
shutil.rmtree(folder)  # the .keras file does not hold the SavedModel
try:
    keras.models.load_model(path, safe_mode=False)
except OSError as e:
    print("folder deleted:", type(e).__name__, "-", str(e).split(" at:")[0])
    #> folder deleted: OSError - SavedModel file does not exist
