# Needs JAX and PyTorch: pip install -r requirements-backends.txt
# KERAS_BACKEND is read at import: PROGRAM runs in a new Python per backend.
import os
import subprocess
import sys

PROGRAM = """
import keras
import numpy as np


def layer_trains(trainable_at_compile, then_compile):
    keras.utils.set_random_seed(0)
    x, y = np.random.rand(8, 3), np.random.rand(8, 1)
    first = keras.layers.Dense(4, name="first", trainable=trainable_at_compile)
    model = keras.Sequential([keras.Input((3,)), first, keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    model.fit(x, y, verbose=0)  # the first fit builds the train step and the optimizer
    first.trainable = not trainable_at_compile  # flip the flag
    if then_compile:
        model.compile(optimizer="sgd", loss="mse")
    before = keras.ops.convert_to_numpy(first.kernel)
    try:
        model.fit(x, y, verbose=0)
    except ValueError as e:
        said = "optimizer_variables" if "optimizer_variables" in str(e) else str(e)
        return f"{type(e).__name__} ({said.split(':')[0]})"
    return not np.array_equal(before, keras.ops.convert_to_numpy(first.kernel))


print("frozen, no compile, trains:", layer_trains(True, then_compile=False))
print("frozen + compile, trains:", layer_trains(True, then_compile=True))
print("unfrozen, no compile, trains:", layer_trains(False, then_compile=False))
print("unfrozen + compile, trains:", layer_trains(False, then_compile=True))
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
        #> tensorflow: frozen, no compile, trains: True
        #> tensorflow: frozen + compile, trains: False
        #> tensorflow: unfrozen, no compile, trains: False
        #> tensorflow: unfrozen + compile, trains: True
        #> jax: frozen, no compile, trains: ValueError (optimizer_variables)
        #> jax: frozen + compile, trains: False
        #> jax: unfrozen, no compile, trains: ValueError (optimizer_variables)
        #> jax: unfrozen + compile, trains: True
        #> torch: frozen, no compile, trains: False
        #> torch: frozen + compile, trains: False
        #> torch: unfrozen, no compile, trains: ValueError (Unknown variable)
        #> torch: unfrozen + compile, trains: True
