# TensorFlow only: gradients need a backend API; this snippet uses tf.GradientTape.
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
xa = np.array([[1.0, 2.0, 3.0]], "float32")
xb = np.array([[0.0, -1.0, 2.0]], "float32")

shared = keras.layers.Dense(2, name="shared")
shared.build((None, 3))
# Two untied copies that start equal to the shared layer, one per branch.
copy_a = keras.layers.Dense(2, name="copy_a")
copy_b = keras.layers.Dense(2, name="copy_b")
for copy in (copy_a, copy_b):
    copy.build((None, 3))
    copy.set_weights(shared.get_weights())


def rounded(g):  # + 0.0 turns a -0.0 into 0.0
    return (np.round(np.asarray(g).astype("float64"), 3) + 0.0).tolist()


def siamese_loss(f_a, f_b):  # squared distance between the two embeddings
    return tf.reduce_sum((f_a(xa) - f_b(xb)) ** 2)


with tf.GradientTape() as tape:
    loss = siamese_loss(shared, shared)
g_shared = tape.gradient(loss, shared.kernel)
with tf.GradientTape() as tape:
    loss = siamese_loss(copy_a, copy_b)
g_a, g_b = tape.gradient(loss, [copy_a.kernel, copy_b.kernel])

print("shared gradient is the sum:", np.allclose(g_shared, g_a + g_b))
#> shared gradient is the sum: True
print("shared:", rounded(g_shared))
#> shared: [[4.063, -7.381], [12.19, -22.142], [4.063, -7.381]]
print("branch a:", rounded(g_a))
#> branch a: [[4.063, -7.381], [8.127, -14.762], [12.19, -22.142]]
print("branch b:", rounded(g_b))
#> branch b: [[0.0, 0.0], [4.063, -7.381], [-8.127, 14.762]]
