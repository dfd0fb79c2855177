# Needs JAX and PyTorch next to TensorFlow: pip install -r requirements-backends.txt
# Keras reads KERAS_BACKEND once, at import: PROGRAM runs in a fresh Python per backend.
import os
import subprocess
import sys

PROGRAM = """
import keras
import numpy as np


def frozen_layer_trains(then_compile):
    keras.utils.set_random_seed(0)
    x, y = np.random.rand(8, 3), np.random.rand(8, 1)
    first = keras.layers.Dense(4, name="first")
    model = keras.Sequential([keras.Input((3,)), first, keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    model.fit(x, y, verbose=0)  # the first fit builds the train step and the optimizer
    first.trainable = False
    if then_compile:
        model.compile(optimizer="sgd", loss="mse")
    before = keras.ops.convert_to_numpy(first.kernel)
    try:
        model.fit(x, y, verbose=0)
    except ValueError as e:
        return f"{type(e).__name__} (optimizer_variables)"
    return not np.array_equal(before, keras.ops.convert_to_numpy(first.kernel))


print("flag only, frozen layer trains:", frozen_layer_trains(then_compile=False))
print("flag + compile, frozen layer trains:", frozen_layer_trains(then_compile=True))
"""

for backend in ("tensorflow", "jax", "torch"):
    env = {**os.environ, "KERAS_BACKEND": backend}
    run = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        check=False,
        env=env,
        capture_output=True,
        text=True,
    )
    for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
        print(f"{backend}: {line}")
        #> tensorflow: flag only, frozen layer trains: True
        #> tensorflow: flag + compile, frozen layer trains: False
        #> jax: flag only, frozen layer trains: ValueError (optimizer_variables)
        #> jax: flag + compile, frozen layer trains: False
        #> torch: flag only, frozen layer trains: False
        #> torch: flag + compile, frozen layer trains: False
