# Needs JAX and PyTorch: pip install -r requirements-backends.txt
# KERAS_BACKEND is read at import: PROGRAM runs in a new Python per backend.
import os
import subprocess
import sys

PROGRAM = """
import keras
import numpy as np

if keras.backend.backend() == "tensorflow":  # two logical CPUs, before TF starts
    import tensorflow as tf
    cpu = tf.config.list_physical_devices("CPU")[0]
    two = [tf.config.LogicalDeviceConfiguration()] * 2
    tf.config.set_logical_device_configuration(cpu, two)
where = lambda v: str(getattr(v, "value", v).device).split("device:")[-1].lower()

source = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])  # on cpu:0
with keras.device("cpu:1"):
    target = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
    y = source(np.ones((1, 3)))  # computed here; the kernel stays
print("built under cpu:1:", where(target.layers[0].kernel))
kernel = where(source.layers[0].kernel)
print("source called under cpu:1: output", where(y), "| kernel", kernel)
"""

for backend in ("tensorflow", "jax", "torch"):
    flags = "--xla_force_host_platform_device_count=2"  # two CPUs for JAX
    env = {**os.environ, "KERAS_BACKEND": backend, "XLA_FLAGS": flags}
    cmd = [sys.executable, "-c", PROGRAM]
    run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
    for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
        print(f"{backend}: {line}")
        #> tensorflow: built under cpu:1: cpu:1
        #> tensorflow: source called under cpu:1: output cpu:1 | kernel cpu:0
        #> jax: built under cpu:1: cpu:1
        #> jax: source called under cpu:1: output cpu:1 | kernel cpu:0
        #> torch: built under cpu:1: cpu
        #> torch: source called under cpu:1: output cpu | kernel cpu
