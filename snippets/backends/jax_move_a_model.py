# Needs JAX: pip install -r requirements-backends.txt
# JAX only (jax.device_put): PROGRAM runs in a new Python, with
# XLA_FLAGS splitting the CPU into two devices before JAX starts.
import os
import subprocess
import sys

PROGRAM = """
import jax
import keras
import numpy as np

cpu1 = jax.devices("cpu")[1]
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
before = model.layers[0].kernel.value.device
for v in model.variables:  # move the model: each variable gets a value on cpu:1
    v.assign(jax.device_put(v.value, cpu1))
model.compile("adam", "mse")  # compile and fit outside any keras.device scope
model.fit(np.ones((4, 3)), np.ones((4, 2)), verbose=0)
after = model.layers[0].kernel.value.device
optimizer = sorted({str(v.value.device) for v in model.optimizer.variables})
print("kernel before the move:", before, "| after the move and a fit:", after)
print("optimizer after the fit:", optimizer)
model.predict(np.ones((4, 3)), verbose=0)  # also outside any scope
print("kernel after a predict:", model.layers[0].kernel.value.device)
with keras.device("cpu:1"):
    scoped = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
committed = [m.layers[0].kernel.value.committed for m in (model, scoped)]
print("committed to cpu:1: device_put", committed[0], "| keras.device", committed[1])
"""

env = {**os.environ, "KERAS_BACKEND": "jax"}
env["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"
cmd = [sys.executable, "-c", PROGRAM]
run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
    print(f"jax: {line}")
    #> jax: kernel before the move: cpu:0 | after the move and a fit: cpu:1
    #> jax: optimizer after the fit: ['cpu:1']
    #> jax: kernel after a predict: cpu:1
    #> jax: committed to cpu:1: device_put True | keras.device False
