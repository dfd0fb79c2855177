# TensorFlow only: how TensorFlow variables share memory, counted by TensorFlow's allocator.
import keras
import numpy as np
import tensorflow as tf


def allocated_mib():  # what TensorFlow's CPU allocator holds now
    return tf.config.experimental.get_memory_info("CPU:0")["current"] / 2**20


n = 25_000_000  # 100 MB of float32 in each variable
src = keras.Variable(np.ones(n, "float32"), name="src")
dst = keras.Variable(np.zeros(n, "float32"), name="dst")
sgd = keras.optimizers.SGD(0.5)
gradient = keras.ops.ones(n)

before = allocated_mib()
dst.assign(src)  # dst drops its own memory and shares src's
at_call = allocated_mib()
sgd.apply([gradient], [src])  # the source trains on: TensorFlow copies here
at_step = allocated_mib()

print("100 MB more memory at the assign call:", at_call - before > 50)
#> 100 MB more memory at the assign call: False
print("100 MB less memory at the assign call:", before - at_call > 50)
#> 100 MB less memory at the assign call: True
print("100 MB more memory at the source's next step:", at_step - at_call > 50)
#> 100 MB more memory at the source's next step: True
values = keras.ops.convert_to_numpy(dst)[0], keras.ops.convert_to_numpy(src)[0]
print("copy kept, source trained:", values == (1.0, 0.5))
#> copy kept, source trained: True
