# TensorFlow only: tf.distribute is TensorFlow's own API.
import subprocess
import sys

# A new interpreter: the device split runs before TensorFlow starts.
CHILD = """
import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2
)
print("logical CPUs:", [d.name for d in tf.config.list_logical_devices("CPU")])
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
with strategy.scope():
    v = tf.Variable(1.0)
print("component devices:", [c.device.split("/")[-1] for c in v.values])
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
    #> logical CPUs: ['/device:CPU:0', '/device:CPU:1']
    #> component devices: ['device:CPU:0', 'device:CPU:1']
