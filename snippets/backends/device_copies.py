# Needs JAX and PyTorch: pip install -r requirements-backends.txt
# KERAS_BACKEND is read at import: PROGRAM runs in a new Python per backend.
import os
import subprocess
import sys

PROGRAM = """
import keras
import numpy as np

backend = keras.backend.backend()
if backend == "tensorflow":  # two logical CPUs, before TensorFlow starts
    import tensorflow as tf

    cpu = tf.config.list_physical_devices("CPU")[0]
    two = [tf.config.LogicalDeviceConfiguration()] * 2
    tf.config.set_logical_device_configuration(cpu, two)


def where(v):  # the device of a variable's or tensor's value, as cpu:N or cpu
    x = getattr(v, "value", v)
    if backend == "jax":
        return ",".join(sorted(str(d) for d in x.devices()))
    return str(x.device).split("device:")[-1].lower()


with keras.device("cpu:0"):
    source = keras.layers.Dense(2, name="source")
    source.build((None, 3))
with keras.device("cpu:1"):
    target = keras.layers.Dense(2, name="target")
    target.build((None, 3))
print("built under cpu:1:", where(target.kernel))
target.set_weights(source.get_weights())
print("after set_weights:", where(target.kernel))
with keras.device("cpu:1"):
    target.set_weights(source.get_weights())
print("after set_weights under cpu:1:", where(target.kernel))
target.kernel.assign(source.kernel)
shared = target.kernel.value is source.kernel.value
print("after assign:", where(target.kernel), "| same array:", shared)
with keras.device("cpu:1"):
    target.kernel.assign(keras.ops.copy(source.kernel))
shared = target.kernel.value is source.kernel.value
print("assign a copy under cpu:1:", where(target.kernel), "| same array:", shared)
with keras.device("cpu:1"):
    y = source(np.ones((1, 3), "float32"))
print("source called under cpu:1: output", where(y), "| kernel", where(source.kernel))
"""

for backend in ("tensorflow", "jax", "torch"):
    env = {**os.environ, "KERAS_BACKEND": backend}
    env["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"  # two CPUs for JAX
    cmd = [sys.executable, "-c", PROGRAM]
    run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
    for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
        print(f"{backend}: {line}")
        #> tensorflow: built under cpu:1: cpu:1
        #> tensorflow: after set_weights: cpu:1
        #> tensorflow: after set_weights under cpu:1: cpu:1
        #> tensorflow: after assign: cpu:1 | same array: False
        #> tensorflow: assign a copy under cpu:1: cpu:1 | same array: False
        #> tensorflow: source called under cpu:1: output cpu:1 | kernel cpu:0
        #> jax: built under cpu:1: cpu:1
        #> jax: after set_weights: cpu:0
        #> jax: after set_weights under cpu:1: cpu:1
        #> jax: after assign: cpu:0 | same array: True
        #> jax: assign a copy under cpu:1: cpu:1 | same array: False
        #> jax: source called under cpu:1: output cpu:1 | kernel cpu:0
        #> torch: built under cpu:1: cpu
        #> torch: after set_weights: cpu
        #> torch: after set_weights under cpu:1: cpu
        #> torch: after assign: cpu | same array: False
        #> torch: assign a copy under cpu:1: cpu | same array: False
        #> torch: source called under cpu:1: output cpu | kernel cpu
