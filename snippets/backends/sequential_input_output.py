# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np

    def read(label, get):  # the type of what it gives, or the error and its message
        try:
            print(f"{label}: {type(get()).__name__}")
        except AttributeError as e:
            print(f"{label}: AttributeError")
            print(f"  {e}")

    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)], name="model")
    read("model.input", lambda: model.input)
    read("model.output", lambda: model.output)
    read("model.inputs[0]", lambda: model.inputs[0])
    unbuilt = keras.Sequential([keras.layers.Dense(2)], name="unbuilt")  # no Input
    read("unbuilt.inputs", lambda: unbuilt.inputs)
    unbuilt(np.ones((1, 4)))
    read("unbuilt.inputs[0] after a call", lambda: unbuilt.inputs[0])


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
    tensorflow: model.input: AttributeError
    tensorflow:   The layer model has never been called and thus has no defined input.
    tensorflow: model.output: AttributeError
    tensorflow:   The layer model has never been called and thus has no defined output.
    tensorflow: model.inputs[0]: KerasTensor
    tensorflow: unbuilt.inputs: AttributeError
    tensorflow:   Sequential model 'unbuilt' has no defined inputs yet.
    tensorflow: unbuilt.inputs[0] after a call: KerasTensor
    jax: model.input: AttributeError
    jax:   The layer model has never been called and thus has no defined input.
    jax: model.output: AttributeError
    jax:   The layer model has never been called and thus has no defined output.
    jax: model.inputs[0]: KerasTensor
    jax: unbuilt.inputs: AttributeError
    jax:   Sequential model 'unbuilt' has no defined inputs yet.
    jax: unbuilt.inputs[0] after a call: KerasTensor
    torch: model.input: AttributeError
    torch:   'Sequential' object has no attribute 'input'
    torch: model.output: AttributeError
    torch:   'Sequential' object has no attribute 'output'
    torch: model.inputs[0]: KerasTensor
    torch: unbuilt.inputs: AttributeError
    torch:   'Sequential' object has no attribute 'inputs'
    torch: unbuilt.inputs[0] after a call: KerasTensor
    """


report(printed)
# --8<-- [end:runner]
