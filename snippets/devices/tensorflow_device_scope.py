# TensorFlow only: tf.device and logical devices are TensorFlow's own API.
import subprocess
import sys

# A new interpreter: the device split runs before TensorFlow starts.
CHILD = """
import keras
import numpy as np
import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2
)
x = tf.constant([1.0, 2.0])
with tf.device("/cpu:1"):
    y = tf.identity(x)  # a copy of x's values, placed on cpu:1
print("x on:", x.device[-5:], "| identity under cpu:1 on:", y.device[-5:])

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
with tf.device("/cpu:1"):  # a copy of the model, its variables on cpu:1
    twin = keras.models.clone_model(model)
    twin.set_weights(model.get_weights())
kernels = [m.layers[0].kernel for m in (model, twin)]
print("kernels on:", [k.value.device[-5:] for k in kernels])
print("equal values:", np.array_equal(*[k.numpy() for k in kernels]))
before = kernels[0].numpy()
kernels[1].assign(kernels[1] + 1.0)  # change the copy only
print("source unchanged:", np.array_equal(before, kernels[0].numpy()))
"""

child = subprocess.run(
    [sys.executable, "-c", CHILD],
    check=True,
    capture_output=True,
    text=True,
    timeout=300,
)
for line in child.stdout.splitlines():  # the child's labelled lines
    print(line)
    #> x on: CPU:0 | identity under cpu:1 on: CPU:1
    #> kernels on: ['CPU:0', 'CPU:1']
    #> equal values: True
    #> source unchanged: True
