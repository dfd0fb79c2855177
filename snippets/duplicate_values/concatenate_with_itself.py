import keras
import numpy as np
import tensorflow as tf

x = np.array([[1, 2], [3, 4]], "float32")

twice = keras.layers.Concatenate(name="twice")([x, x])  # last axis by default
print(keras.ops.convert_to_numpy(twice).astype("int64").tolist())
#> [[1, 2, 1, 2], [3, 4, 3, 4]]
stacked = keras.layers.Concatenate(axis=0, name="stacked")([x, x])
print(tuple(stacked.shape))
#> (4, 2)

# Copies made in the graph send gradients back: they add up.
x = tf.Variable(x)
with tf.GradientTape() as tape:
    total = keras.ops.sum(keras.layers.Concatenate(name="grad")([x, x]))
print(tape.gradient(total, x).numpy().tolist())  # 2 everywhere, not 1
#> [[2.0, 2.0], [2.0, 2.0]]
