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

with keras.device("cpu:1"):  # build, compile and fit under one scope
    copy = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
    copy.compile("adam", "mse")
    copy.fit(np.ones((4, 3)), np.ones((4, 2)), verbose=0)
kernel = where(copy.layers[0].kernel)
optimizer = sorted({where(v) for v in copy.optimizer.variables})
print("fit inside cpu:1: kernel", kernel, "| optimizer", optimizer)
with keras.device("cpu:1"):
    copy.predict(np.ones((4, 3)), verbose=0)
print("predict inside cpu:1: kernel", where(copy.layers[0].kernel))
copy.predict(np.ones((4, 3)), verbose=0)  # outside the scope
print("predict outside cpu:1: kernel", where(copy.layers[0].kernel))
"""

for backend in ("tensorflow", "jax", "torch"):
    flags = "--xla_force_host_platform_device_count=2"  # two CPUs for JAX
    env = {**os.environ, "KERAS_BACKEND": backend, "XLA_FLAGS": flags}
    cmd = [sys.executable, "-c", PROGRAM]
    run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
    for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
        print(f"{backend}: {line}")
        #> tensorflow: fit inside cpu:1: kernel cpu:1 | optimizer ['cpu:1']
        #> tensorflow: predict inside cpu:1: kernel cpu:1
        #> tensorflow: predict outside cpu:1: kernel cpu:1
        #> jax: fit inside cpu:1: kernel cpu:1 | optimizer ['cpu:1']
        #> jax: predict inside cpu:1: kernel cpu:1
        #> jax: predict outside cpu:1: kernel cpu:0
        #> torch: ValueError: No gradients provided for any variable.
