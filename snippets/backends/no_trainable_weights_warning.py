# --8<-- [start:recipe]
def program():
    import warnings

    import keras
    import numpy as np

    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    model.trainable = False  # nothing left to train
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.train_on_batch(np.ones((4, 2)), np.ones((4, 1)))
    print("warnings:", len(caught))
    for w in caught:
        print(" ", w.category.__name__, str(w.message)[:48])


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
        #> tensorflow: warnings: 1
        #> tensorflow:   UserWarning The model does not have any trainable weights.
        #> jax: warnings: 0
        #> torch: warnings: 2
        #> torch:   UserWarning The model does not have any trainable weights.
        #> torch:   DeprecationWarning __array__ implementation doesn't accept a copy k
# --8<-- [end:runner]
