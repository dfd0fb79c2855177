# TensorFlow only: copy-on-read mode belongs to TensorFlow's resource variables.
import keras
import numpy as np
import tensorflow as tf


def a_read_copies(v):  # does reading v once allocate a copy of its 100 MB?
    tf.config.experimental.reset_memory_stats("CPU:0")
    before = tf.config.experimental.get_memory_info("CPU:0")["current"]
    keras.ops.sum(v)  # one read of the whole variable
    peak = tf.config.experimental.get_memory_info("CPU:0")["peak"]
    return peak - before > 50 * 2**20


n = 25_000_000  # 100 MB of float32
src = keras.Variable(np.ones(n, "float32"))
dst = keras.Variable(np.zeros(n, "float32"))
sgd = keras.optimizers.SGD(0.1)

dst.assign(src)
sgd.apply([keras.ops.zeros(n)], [dst])  # an optimizer step: a dense in-place write
print("a read copies after assign and a training step:", a_read_copies(dst))
#> a read copies after assign and a training step: False
dst.value[:1].assign(dst.value[:1])  # the one-element slice write
print("a read copies after a slice write:", a_read_copies(dst))
#> a read copies after a slice write: True
dst.assign(src)
print("a read copies after another assign:", a_read_copies(dst))
#> a read copies after another assign: True
