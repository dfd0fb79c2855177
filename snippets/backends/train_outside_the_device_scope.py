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

with keras.device("cpu:1"):  # the copy's variables on cpu:1
    copy = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
copy.compile("adam", "mse")  # compile and fit outside the scope
copy.fit(np.ones((4, 3)), np.ones((4, 2)), verbose=0)
kernel = where(copy.layers[0].kernel)
optimizer = sorted({where(v) for v in copy.optimizer.variables})
print("fit outside cpu:1: kernel", kernel, "| optimizer", optimizer)
"""

for backend in ("tensorflow", "jax", "torch"):
    flags = "--xla_force_host_platform_device_count=2"  # two CPUs for JAX
    env = {**os.environ, "KERAS_BACKEND": backend, "XLA_FLAGS": flags}
    cmd = [sys.executable, "-c", PROGRAM]
    run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
    for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
        print(f"{backend}: {line}")
        #> tensorflow: fit outside cpu:1: kernel cpu:1 | optimizer ['cpu:0']
        #> jax: fit outside cpu:1: kernel cpu:0 | optimizer ['cpu:0']
        #> torch: ValueError: No gradients provided for any variable.
