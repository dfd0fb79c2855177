# TensorFlow only: tf.Variable(shape=tf.TensorShape(None)) exists only in TensorFlow
import copy
import textwrap

import tensorflow as tf

v = tf.Variable([1.0, 2.0], shape=tf.TensorShape(None), trainable=False, name="state")
c = copy.deepcopy(v)
print("shape, original / deep copy:", v.shape, "/", c.shape)
#> shape, original / deep copy: <unknown> / (2,)
rows = tf.Variable([[1.0, 2.0]], shape=[None, 2])  # the thread's partly known shape
rows_copy = copy.deepcopy(rows)
print("shape [None, 2], original / deep copy:", rows.shape, "/", rows_copy.shape)
#> shape [None, 2], original / deep copy: (None, 2) / (1, 2)
v.assign([1.0, 2.0, 3.0])  # an unknown shape takes any value
print("original takes 3 values:", v.numpy().tolist())
#> original takes 3 values: [1.0, 2.0, 3.0]
try:
    c.assign([1.0, 2.0, 3.0])
except ValueError as e:
    print("deep copy:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> deep copy: ValueError - Cannot assign value to variable ' state:0': Shape [...]
    print("then:", textwrap.shorten(str(e).split("mismatch.")[1], 70))
    #> then: The variable shape (2,), and the assigned value shape (3,) are [...]
# The fix: make the copy yourself, passing the original's shape and trainable on.
fixed = tf.Variable(
    v.read_value(), shape=v.shape, trainable=v.trainable, name="state_copy"
)
fixed.assign([4.0, 5.0])
print("copy with shape=v.shape:", fixed.shape, fixed.numpy().tolist())
#> copy with shape=v.shape: <unknown> [4.0, 5.0]
print("original unchanged:", v.numpy().tolist())
#> original unchanged: [1.0, 2.0, 3.0]
bare = tf.Variable(v.read_value(), shape=v.shape)  # trainable not passed on
trainable = [v.trainable, fixed.trainable, bare.trainable]
print("trainable, original / copy / copy without trainable=:", trainable)
#> trainable, original / copy / copy without trainable=: [False, False, True]
