# TensorFlow only: a SavedModel is TensorFlow's format, and TFSMLayer runs it in TF
import os
import tempfile

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
old = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="head")])
folder = os.path.join(tempfile.mkdtemp(), "saved_model")
old.export(folder, verbose=False)  # a SavedModel folder
try:
    keras.models.load_model(folder)
except ValueError as e:
    print("load_model:", type(e).__name__, "-", str(e).split(":")[0])
    #> load_model: ValueError - File format not supported
    print("the message suggests TFSMLayer:", "keras.layers.TFSMLayer(" in str(e))
    #> the message suggests TFSMLayer: True
print("endpoints:", sorted(tf.saved_model.load(folder).signatures))
#> endpoints: ['serve', 'serving_default']

layer = keras.layers.TFSMLayer(folder, call_endpoint="serving_default")
x = np.ones((1, 3), "float32")
out = layer(x)["output_0"]  # a signature returns a dict
print("same outputs:", np.allclose(out, old.predict(x, verbose=0)))
#> same outputs: True
print("variables:", len(layer.weights), "trainable:", len(layer.trainable_weights))
#> variables: 2 trainable: 2

# Back to a Keras 3 model: a twin with the same layers, then the folder's values
twin = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="head")])
twin.set_weights([keras.ops.convert_to_numpy(v) for v in layer.weights])
print("twin same outputs:", np.allclose(twin(x), old(x)))
#> twin same outputs: True
path = os.path.join(tempfile.mkdtemp(), "model.keras")
twin.save(path)
back = keras.models.load_model(path)
print("reloaded with load_model:", np.allclose(back(x), old(x)))
#> reloaded with load_model: True
