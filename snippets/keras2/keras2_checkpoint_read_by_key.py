# TensorFlow only: tf_keras (Keras 2) writes the checkpoint; tf.train reads it
import os
import tempfile

import keras  # Keras 3
import numpy as np
import tensorflow as tf
import tf_keras  # Keras 2, here only to write the checkpoint a Keras 2 user has


def build(lib):  # the same Functional model in either Keras, with a nested base
    L, x = lib.layers, lib.Input((3,))
    base = lib.Sequential([lib.Input((3,)), L.Dense(4), L.BatchNormalization()])
    return lib.Model(x, L.Dense(2, name="head")(base(x)))


tf_keras.utils.set_random_seed(0)
old = build(tf_keras)
old.set_weights([np.random.rand(*w.shape) for w in old.get_weights()])  # "trained"
old.save_weights(prefix := os.path.join(tempfile.mkdtemp(), "ckpt"))  # TF format
new = build(keras)
reader = tf.train.load_checkpoint(prefix)  # reads a checkpoint without Keras
SUFFIX = "/.ATTRIBUTES/VARIABLE_VALUE"  # ends every key of a variable
kernel = min(k for k in reader.get_variable_to_shape_map() if "kernel" in k)
print("the nested Dense's kernel:", kernel.removesuffix(SUFFIX))
#> the nested Dense's kernel: layer_with_weights-0/layer_with_weights-0/kernel


def assign(layers, key=""):  # the i-th layer with weights is layer_with_weights-i/
    for i, layer in enumerate(layer for layer in layers if layer.weights):
        where = f"{key}layer_with_weights-{i}/"
        if isinstance(layer, keras.Model):  # a nested model: its layers, one level down
            assign(layer.layers, where)
        else:  # Keras 3's variable names are Keras 2's attribute names
            for w in layer.weights:
                w.assign(reader.get_tensor(where + w.name + SUFFIX))


assign(new.layers)
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
depthwise = [lib.layers.DepthwiseConv2D(3) for lib in (tf_keras, keras)]
for layer in depthwise:  # not every name is the same in both
    layer.build((None, 8, 8, 2))
names = [layer.weights[0].name.removesuffix(":0") for layer in depthwise]
print("DepthwiseConv2D's kernel, Keras 2 / Keras 3:", " / ".join(names))
#> DepthwiseConv2D's kernel, Keras 2 / Keras 3: depthwise_kernel / kernel
