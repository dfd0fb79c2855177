# TensorFlow only: tf_keras (Keras 2) writes the JSON and the .h5 weights
import json
import os
import tempfile

import keras  # Keras 3
import numpy as np
import tf_keras  # Keras 2, here only to write the files a Keras 2 user has

tf_keras.utils.set_random_seed(0)
L, tmp = tf_keras.layers, tempfile.mkdtemp()
layers = [L.Conv2D(4, 3), L.BatchNormalization(), L.Flatten(), L.Dense(2)]
old = tf_keras.Sequential([tf_keras.Input((8, 8, 1)), *layers])
architecture = old.to_json()  # Keras 2's model.json and weights.h5
old.save_weights(weights := os.path.join(tmp, "weights.h5"))
old.save(k2_file := os.path.join(tmp, "keras2.keras"))  # Keras 2's own .keras
try:
    keras.models.model_from_json(architecture)
except TypeError as e:
    print("model_from_json:", type(e).__name__, "-", str(e).split(". ")[0])
    #> model_from_json: TypeError - Could not locate class 'Sequential'
try:
    keras.models.load_model(k2_file)
except TypeError as e:  # it begins <class 'keras.src.models.sequential.Sequential'>
    failed = "could not be deserialized properly" in str(e)
    print("load_model(keras2.keras):", type(e).__name__, "| not deserialized:", failed)
    #> load_model(keras2.keras): TypeError | not deserialized: True
drop_module = lambda d: {k: v for k, v in d.items() if k != "module"}  # noqa: E731
config = json.loads(architecture, object_hook=drop_module)  # every dict, nested too
model_class = {"Sequential": keras.Sequential, "Functional": keras.Model}
new = model_class[config["class_name"]].from_config(config["config"])
new.load_weights(weights)  # Keras 3 reads Keras 2's .h5 weights
x = np.random.rand(2, 8, 8, 1).astype("float32")
same = np.allclose(new.predict(x, verbose=0), old.predict(x, verbose=0), atol=1e-6)
print("from_config + load_weights, same predictions:", same)
#> from_config + load_weights, same predictions: True
new.save(path := os.path.join(tmp, "model.keras"))  # once: then Keras 3 only
again = keras.models.load_model(path).predict(x, verbose=0)
print("saved as .keras, reloaded, same:", np.allclose(again, new.predict(x, verbose=0)))
#> saved as .keras, reloaded, same: True
