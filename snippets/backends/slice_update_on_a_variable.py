# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np
    from keras import ops

    if keras.backend.backend() == "jax":
        import jax

        print("version:", jax.__version__)  # the JAX that raises below
    old = keras.Variable(np.ones((2, 3), "float32"))  # 3 trained units
    new = keras.Variable(np.zeros((2, 4), "float32"))  # the grown layer: 1 more

    def show(label, grow):  # the first row of the result, or the error
        try:
            print(f"{label}: {ops.convert_to_numpy(grow())[0].tolist()}")
        except ValueError as e:
            print(f"{label}: raises")
            print(f"  ValueError: {str(e).split('.')[0]}")

    show("slice_update(variables)", lambda: ops.slice_update(new, (0, 0), old))
    show("slice_update(.value)", lambda: ops.slice_update(new.value, (0, 0), old.value))
    show("concatenate(variables)", lambda: ops.concatenate([old, new[:, 3:]], -1))
    show("slice(variable)", lambda: ops.slice(new, (0, 0), (1, 2)))
    show("slice(.value)", lambda: ops.slice(new.value, (0, 0), (1, 2)))


# --8<-- [end:recipe]


# --8<-- [start:runner]
# Needs JAX and PyTorch: pip install -r requirements-backends.txt
# Keras reads KERAS_BACKEND once, at import: each backend gets a new Python.
import inspect
import os
import subprocess
import sys

printed = []
for backend in ("tensorflow", "jax", "torch"):
    run = subprocess.run(
        [sys.executable, "-c", inspect.getsource(program) + "program()"],
        check=False,
        env={**os.environ, "KERAS_BACKEND": backend},
        capture_output=True,
        text=True,
    )
    error = run.stderr.splitlines()[-1:] if run.returncode else []  # the error
    lines = run.stdout.splitlines() + error
    printed += [f"{backend}: {line}" for line in lines]


def report(lines):  # one print: some lines are longer than a `#>` line
    print("\n".join(lines))
    """
    tensorflow: slice_update(variables): [1.0, 1.0, 1.0, 0.0]
    tensorflow: slice_update(.value): [1.0, 1.0, 1.0, 0.0]
    tensorflow: concatenate(variables): [1.0, 1.0, 1.0, 0.0]
    tensorflow: slice(variable): [0.0, 0.0]
    tensorflow: slice(.value): [0.0, 0.0]
    jax: version: 0.10.2
    jax: slice_update(variables): raises
    jax:   ValueError: Triggering __jax_array__() during abstractification is no longer supported
    jax: slice_update(.value): [1.0, 1.0, 1.0, 0.0]
    jax: concatenate(variables): [1.0, 1.0, 1.0, 0.0]
    jax: slice(variable): raises
    jax:   ValueError: Triggering __jax_array__() during abstractification is no longer supported
    jax: slice(.value): [0.0, 0.0]
    torch: slice_update(variables): [1.0, 1.0, 1.0, 0.0]
    torch: slice_update(.value): [1.0, 1.0, 1.0, 0.0]
    torch: concatenate(variables): [1.0, 1.0, 1.0, 0.0]
    torch: slice(variable): [0.0, 0.0]
    torch: slice(.value): [0.0, 0.0]
    """


report(printed)
# --8<-- [end:runner]
