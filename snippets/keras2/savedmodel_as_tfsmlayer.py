# TensorFlow only: tf_keras (Keras 2) writes the SavedModel; TFSMLayer runs it in TF
import tempfile

import keras  # Keras 3
import numpy as np
import tensorflow as tf
import tf_keras  # Keras 2, here only to write the folder a Keras 2 user has


def build(lib):  # the same architecture in either Keras, with BatchNormalization
    L = lib.layers
    layers = [L.Dense(4, name="hidden"), L.BatchNormalization(name="bn")]
    return lib.Sequential([lib.Input((3,)), *layers, L.Dense(2, name="head")])


tf_keras.utils.set_random_seed(0)
old, folder = build(tf_keras), tempfile.mkdtemp()
old.save(folder)  # Keras 2: a path without an extension gets a SavedModel folder
try:
    keras.models.load_model(folder)
except ValueError as e:
    print("load_model:", type(e).__name__, "-", str(e).split(":")[0])
    #> load_model: ValueError - File format not supported
    print("the message suggests TFSMLayer:", "keras.layers.TFSMLayer(" in str(e))
    #> the message suggests TFSMLayer: True
print("endpoints:", sorted(tf.saved_model.load(folder).signatures))
#> endpoints: ['serving_default']
layer = keras.layers.TFSMLayer(folder, call_endpoint="serving_default")
x = np.ones((1, 3), "float32")
print("output keys:", list(layer(x)))  # a dict, keyed by the last layer's name
#> output keys: ['head']
print("same outputs:", np.allclose(layer(x)["head"], old.predict(x, verbose=0)))
#> same outputs: True
saved = {v.name: v for v in layer.weights}
print("last two variables:", list(saved)[-2:])  # not the order of get_weights()
#> last two variables: ['bn_moving_variance:0', 'bn_moving_mean:0']
arrays = zip(layer.weights, old.get_weights())  # Keras 2's own order
print("in get_weights() order:", all(np.array_equal(w, a) for w, a in arrays))
#> in get_weights() order: False
twin = build(keras)  # a Keras 3 twin; its values come from the folder, by name
for lay in twin.layers:  # the folder names a variable <layer name>_<weight name>:0
    for w in lay.weights:
        w.assign(saved[f"{lay.name}_{w.name}:0"])
print("twin same outputs:", np.allclose(twin(x), old.predict(x, verbose=0)))
#> twin same outputs: True
