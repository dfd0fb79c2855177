# TensorFlow only: tf.distribute is TensorFlow's own API.
import subprocess
import sys

import tensorflow as tf

default = tf.distribute.experimental.CommunicationOptions()
print("default timeout_seconds:", default.timeout_seconds)
#> default timeout_seconds: None

# A fresh interpreter, both replicas on CPU:0, the default collective all-reduce.
CHILD = """
import tensorflow as tf

strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])


def replica_fn():
    return tf.distribute.get_replica_context().all_reduce("SUM", tf.constant(1.0))


print("started", flush=True)
print([float(v) for v in tf.function(lambda: strategy.run(replica_fn))().values])
"""

child = subprocess.Popen(
    [sys.executable, "-c", CHILD],
    stdout=subprocess.PIPE,
    stderr=subprocess.DEVNULL,
    text=True,
)
if child.stdout.readline() != "started\n":  # TensorFlow is up, the all-reduce begins
    raise RuntimeError("the child process failed before the all-reduce")
try:
    child.wait(timeout=10)
    returned = True
except subprocess.TimeoutExpired:  # and raised nothing
    returned = False
    child.kill()
    child.wait()
print("default all-reduce returned within 10 s:", returned)
#> default all-reduce returned within 10 s: False
