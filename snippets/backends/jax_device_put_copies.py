# Needs JAX: pip install -r requirements-backends.txt
# JAX only (jax.device_put): PROGRAM runs in a new Python, with
# XLA_FLAGS splitting the CPU into two devices before JAX starts.
import os
import subprocess
import sys

PROGRAM = """
import textwrap

import jax
import keras
import numpy as np

cpu0, cpu1 = jax.devices("cpu")
x = jax.numpy.arange(3.0)
y = jax.device_put(x, cpu1)
print("device_put: new array:", y is not x, "| source kept:", not x.is_deleted())
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)], name="model")
try:
    jax.device_put(model, cpu1)
except TypeError as e:  # a Keras model is not an array
    print(type(e).__name__, "-", textwrap.shorten(str(e), 51))
    print("device_put(model):", str(e).split("'> ")[-1])
"""

env = {**os.environ, "KERAS_BACKEND": "jax"}
env["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"
cmd = [sys.executable, "-c", PROGRAM]
run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
    print(f"jax: {line}")
    #> jax: device_put: new array: True | source kept: True
    #> jax: InvalidInputException - Argument '<Sequential name=model, [...]
    #> jax: device_put(model): is not a valid JAX type.
