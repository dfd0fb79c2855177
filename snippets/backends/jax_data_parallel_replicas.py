# Needs JAX: pip install -r requirements-backends.txt
# JAX only (keras.distribution): PROGRAM runs in a new Python, with
# XLA_FLAGS splitting the CPU into two devices before JAX starts.
import os
import subprocess
import sys

PROGRAM = """
import jax
import keras
import numpy as np

cpus = keras.distribution.list_devices("cpu")
keras.distribution.set_distribution(keras.distribution.DataParallel(devices=cpus))
replicated = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
kernel = replicated.layers[0].kernel.value  # one Keras variable...
shards = kernel.addressable_shards  # ...one full copy per device
print("DataParallel shards:", [(str(s.device), s.data.shape) for s in shards])
replicated.compile("sgd", "mse")
replicated.fit(np.ones((4, 3)), np.ones((4, 2)), batch_size=4, verbose=0)
kernel = replicated.layers[0].kernel.value  # fit replaced (donated) the old array
equal = np.array_equal(*[np.asarray(s.data) for s in kernel.addressable_shards])
print("copies equal after fit:", equal)
"""

env = {**os.environ, "KERAS_BACKEND": "jax"}
env["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"
cmd = [sys.executable, "-c", PROGRAM]
run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
    print(f"jax: {line}")
    #> jax: DataParallel shards: [('cpu:0', (3, 2)), ('cpu:1', (3, 2))]
    #> jax: copies equal after fit: True
