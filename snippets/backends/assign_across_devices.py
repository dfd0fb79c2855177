# Needs JAX and PyTorch: pip install -r requirements-backends.txt
# KERAS_BACKEND is read at import: PROGRAM runs in a new Python per backend.
import os
import subprocess
import sys

PROGRAM = """
import keras

if keras.backend.backend() == "tensorflow":  # two logical CPUs, before TF starts
    import tensorflow as tf
    cpu = tf.config.list_physical_devices("CPU")[0]
    two = [tf.config.LogicalDeviceConfiguration()] * 2
    tf.config.set_logical_device_configuration(cpu, two)
where = lambda v: str(getattr(v, "value", v).device).split("device:")[-1].lower()

source = keras.Variable(keras.ops.ones((3, 2)), name="source")  # on cpu:0
with keras.device("cpu:1"):
    target = keras.Variable(keras.ops.zeros((3, 2)), name="target")
target.assign(source)  # a variable as the new value, outside the scope
same = lambda: target.value is source.value
print("after assign:", where(target), "| same array:", same())
with keras.device("cpu:1"):
    target.assign(keras.ops.copy(source))
print("assign a copy under cpu:1:", where(target), "| same array:", same())
"""

for backend in ("tensorflow", "jax", "torch"):
    flags = "--xla_force_host_platform_device_count=2"  # two CPUs for JAX
    env = {**os.environ, "KERAS_BACKEND": backend, "XLA_FLAGS": flags}
    cmd = [sys.executable, "-c", PROGRAM]
    run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
    for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
        print(f"{backend}: {line}")
        #> tensorflow: after assign: cpu:1 | same array: False
        #> tensorflow: assign a copy under cpu:1: cpu:1 | same array: False
        #> jax: after assign: cpu:0 | same array: True
        #> jax: assign a copy under cpu:1: cpu:1 | same array: False
        #> torch: after assign: cpu | same array: False
        #> torch: assign a copy under cpu:1: cpu | same array: False
