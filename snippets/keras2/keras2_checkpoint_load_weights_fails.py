# TensorFlow only: tf_keras (Keras 2) writes the checkpoint; tf.train reads it
import os
import tempfile
import textwrap

import keras  # Keras 3
import numpy as np
import tensorflow as tf
import tf_keras  # Keras 2, here only to write the checkpoint a Keras 2 user has


def build(lib):  # the same architecture in either Keras, with BatchNormalization
    L = lib.layers
    layers = [L.Dense(4, name="hidden"), L.BatchNormalization(name="bn")]
    return lib.Sequential([lib.Input((3,)), *layers, L.Dense(2, name="head")])


tf_keras.utils.set_random_seed(0)
old = build(tf_keras)
old.set_weights([np.random.rand(*w.shape) for w in old.get_weights()])  # "trained"
old.save_weights(prefix := os.path.join(folder := tempfile.mkdtemp(), "ckpt"))
print("files:", sorted(os.listdir(folder)))  # a TensorFlow checkpoint
#> files: ['checkpoint', 'ckpt.data-00000-of-00001', 'ckpt.index']
new = build(keras)
for name in ["ckpt", "ckpt.index"]:  # the prefix, or its .index file
    try:
        new.load_weights(os.path.join(folder, name))
    except ValueError as e:
        message = str(e)
        print(f"load_weights({name!r}):", type(e).__name__, "-", message.split(":")[0])
        #> load_weights('ckpt'): ValueError - File format not supported
        #> load_weights('ckpt.index'): ValueError - File format not supported
print("then:", textwrap.shorten(message.split(". ", 1)[1], 76))
#> then: Keras 3 only supports V3 `.keras` files, `.weights.h5` files, legacy [...]
status = tf.train.Checkpoint(model=new).restore(prefix)
try:
    status.assert_consumed()
except AssertionError as e:
    print("Checkpoint:", type(e).__name__, "-", textwrap.shorten(str(e), 58))
    #> Checkpoint: AssertionError - Found 9 Python objects that were not bound to [...]
arrived = sum(map(np.array_equal, old.get_weights(), new.get_weights()))
print("Checkpoint.restore, variables that arrived:", arrived, "of", len(new.weights))
#> Checkpoint.restore, variables that arrived: 0 of 8
print("a key in the file:", tf.train.list_variables(prefix)[2][0])
#> a key in the file: layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE
