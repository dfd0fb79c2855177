# TensorFlow only: tf_keras (Keras 2) writes the checkpoint; tf.train reads it
import os
import tempfile

import keras  # Keras 3
import numpy as np
import tensorflow as tf
import tf_keras  # Keras 2, here only to write the checkpoint a Keras 2 user has


def build(lib):  # the same Functional model in either Keras
    L, x = lib.layers, lib.Input((3,))
    h = L.BatchNormalization(name="bn")(L.Dense(4, name="hidden")(x))
    return lib.Model(x, L.Dense(2, name="head")(h))


tf_keras.utils.set_random_seed(0)
old = build(tf_keras)
old.set_weights([np.random.rand(*w.shape) for w in old.get_weights()])  # "trained"
old.save_weights(prefix := os.path.join(tempfile.mkdtemp(), "ckpt"))  # TF format
new = build(keras)
reader = tf.train.load_checkpoint(prefix)  # reads a checkpoint without Keras
KEY = "layer_with_weights-{}/{}/.ATTRIBUTES/VARIABLE_VALUE"  # Keras 2's keys
for i, layer in enumerate(layer for layer in new.layers if layer.weights):
    for w in layer.weights:  # Keras 3's variable names are Keras 2's attribute names
        w.assign(reader.get_tensor(KEY.format(i, w.name)))
pairs = zip(old.get_weights(), new.get_weights())
print("weights equal after load:", all(np.array_equal(*p) for p in pairs))
#> weights equal after load: True
new.save_weights(path := os.path.join(tempfile.mkdtemp(), "converted.weights.h5"))
fresh = build(keras)  # from now on, a Keras 3 file: no tf_keras, no checkpoint
fresh.load_weights(path)
x = np.ones((2, 3), "float32")
same = np.allclose(fresh.predict(x, verbose=0), old.predict(x, verbose=0), atol=1e-6)
print("converted .weights.h5, same predictions as Keras 2:", same)
#> converted .weights.h5, same predictions as Keras 2: True
