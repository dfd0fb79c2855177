# TensorFlow only: tf.distribute is TensorFlow's own API.
import subprocess
import sys

# A fresh interpreter that never split its CPU: both replicas land on CPU:0.
CHILD = """
import re

import tensorflow as tf

options = tf.distribute.experimental.CommunicationOptions(timeout_seconds=2)


def all_reduce(strategy):
    def replica_fn():
        context = tf.distribute.get_replica_context()
        return context.all_reduce("SUM", tf.constant(1.0), options=options)

    return [float(v) for v in tf.function(lambda: strategy.run(replica_fn))().values]


devices = ["/cpu:0", "/cpu:1"]
one_device = tf.distribute.ReductionToOneDevice()
strategy = tf.distribute.MirroredStrategy(devices, cross_device_ops=one_device)
with strategy.scope():
    v = tf.Variable(0.0)
print("component devices:", [c.device.split("/")[-1] for c in v.values])
print("ReductionToOneDevice, sum of 1.0:", all_reduce(strategy))
try:
    all_reduce(tf.distribute.MirroredStrategy(devices))  # default: collective ops
except tf.errors.DeadlineExceededError as e:
    found = re.search("Collective has timed out", str(e)).group()
    print("collective ops: error:", type(e).__name__, "-", found)
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
    #> component devices: ['device:CPU:0', 'device:CPU:0']
    #> ReductionToOneDevice, sum of 1.0: [2.0, 2.0]
    #> collective ops: error: DeadlineExceededError - Collective has timed out
