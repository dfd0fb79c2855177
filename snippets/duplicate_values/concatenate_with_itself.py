# TensorFlow only: the gradient part uses tf.GradientTape.
import keras
import numpy as np
import tensorflow as tf

x = np.array([[1, 2], [3, 4]], "float32")

twice = keras.layers.Concatenate(name="twice")([x, x])  # last axis by default
print("axis=-1:", keras.ops.convert_to_numpy(twice).astype("int64").tolist())
#> axis=-1: [[1, 2, 1, 2], [3, 4, 3, 4]]
stacked = keras.layers.Concatenate(axis=0, name="stacked")([x, x])
print("axis=0 shape:", tuple(stacked.shape))
#> axis=0 shape: (4, 2)

# Copies made in the graph send gradients back: they add up.
x = tf.Variable(x)
with tf.GradientTape() as tape:
    total = keras.ops.sum(keras.layers.Concatenate(name="grad")([x, x]))
print("gradient of the sum:", tape.gradient(total, x).numpy().tolist())  # not 1
#> gradient of the sum: [[2.0, 2.0], [2.0, 2.0]]
