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
    optimizer = keras.optimizers.SGD()
    model.compile(optimizer=optimizer, loss="mse")
    model.fit(x, y, verbose=0)  # the first fit builds the train step and the optimizer
    first.trainable = not trainable_at_compile  # flip the flag
    if then_compile:  # with the optimizer object of before, or a new one
        new = keras.optimizers.SGD() if then_compile == "new" else optimizer
        model.compile(optimizer=new, loss="mse")
    before = keras.ops.convert_to_numpy(first.kernel)
    try:
        model.fit(x, y, verbose=0)
    except ValueError as e:  # Keras's message, up to the variable or list it names
        said = str(e).split(": <")[0].split(" corresponding")[0]
        return f"{type(e).__name__}: {said}"
    return not np.array_equal(before, keras.ops.convert_to_numpy(first.kernel))


def show(label, trains):  # an error goes on a line of its own, to fit the page
    if isinstance(trains, str):
        print(label, "raises")
        print("  " + trains)
    else:
        print(label, trains)


for flag, was in (("frozen", True), ("unfrozen", False)):
    show(f"{flag}, no compile, trains:", layer_trains(was, then_compile=False))
    show(f"{flag} + compile, old optimizer, trains:", layer_trains(was, "old"))
    show(f"{flag} + compile, new optimizer, trains:", layer_trains(was, "new"))
"""

printed = []
for backend in ("tensorflow", "jax", "torch"):
    env = {**os.environ, "KERAS_BACKEND": backend}
    run = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        check=False,
        env=env,
        capture_output=True,
        text=True,
    )
    lines = run.stdout.splitlines() or run.stderr.splitlines()[-1:]
    printed += [f"{backend}: {line}" for line in lines]


def report(lines):  # one print: some lines are longer than a `#>` line
    print("\n".join(lines))
    """
    tensorflow: frozen, no compile, trains: True
    tensorflow: frozen + compile, old optimizer, trains: False
    tensorflow: frozen + compile, new optimizer, trains: False
    tensorflow: unfrozen, no compile, trains: False
    tensorflow: unfrozen + compile, old optimizer, trains: raises
    tensorflow:   ValueError: Unknown variable
    tensorflow: unfrozen + compile, new optimizer, trains: True
    jax: frozen, no compile, trains: raises
    jax:   ValueError: Argument `optimizer_variables` must be a list of tensors
    jax: frozen + compile, old optimizer, trains: raises
    jax:   ValueError: Argument `optimizer_variables` must be a list of tensors
    jax: frozen + compile, new optimizer, trains: False
    jax: unfrozen, no compile, trains: raises
    jax:   ValueError: Argument `optimizer_variables` must be a list of tensors
    jax: unfrozen + compile, old optimizer, trains: raises
    jax:   ValueError: Argument `optimizer_variables` must be a list of tensors
    jax: unfrozen + compile, new optimizer, trains: True
    torch: frozen, no compile, trains: False
    torch: frozen + compile, old optimizer, trains: False
    torch: frozen + compile, new optimizer, trains: False
    torch: unfrozen, no compile, trains: raises
    torch:   ValueError: Unknown variable
    torch: unfrozen + compile, old optimizer, trains: raises
    torch:   ValueError: Unknown variable
    torch: unfrozen + compile, new optimizer, trains: True
    """


report(printed)
