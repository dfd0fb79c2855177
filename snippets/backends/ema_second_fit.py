# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np

    model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(0.1, use_ema=True), loss="mse")
    x, y = np.ones((2, 1)), np.ones((2, 1))
    model.fit(x, y, verbose=0)
    try:
        model.fit(x, y, verbose=0)  # a second fit() on the same model
        print("second fit: works")
    except TypeError as e:  # Python's message starts "'NoneType' object"
        print("second fit: TypeError:", e)


# --8<-- [end:recipe]


# --8<-- [start:runner]
# Needs JAX and PyTorch: pip install -r requirements-backends.txt
# Keras reads KERAS_BACKEND once, at import: each backend gets a new Python.
import inspect
import os
import subprocess
import sys

for backend in ("tensorflow", "jax", "torch"):
    run = subprocess.run(
        [sys.executable, "-c", inspect.getsource(program) + "program()"],
        check=False,
        env={**os.environ, "KERAS_BACKEND": backend},
        capture_output=True,
        text=True,
    )
    error = run.stderr.splitlines()[-1:] if run.returncode else []  # the error
    for line in run.stdout.splitlines() + error:
        print(f"{backend}: {line}")
        #> tensorflow: second fit: works
        #> jax: second fit: TypeError: 'NoneType' object is not callable
        #> torch: second fit: works
# --8<-- [end:runner]
