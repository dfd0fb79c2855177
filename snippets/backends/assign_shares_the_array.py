# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np

    x = np.ones((4, 3))
    for copy_it in (False, True):
        src = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
        dst = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
        for t, s in zip(dst.weights, src.weights):
            if copy_it:
                t.assign(keras.ops.copy(s))  # an array of its own
            else:
                t.assign(s)  # on JAX, t holds the array of s
        src.predict(x, verbose=0)  # any compiled step: predict, evaluate or fit
        how = "t.assign(keras.ops.copy(s))" if copy_it else "t.assign(s)"
        try:
            dst.predict(x, verbose=0)
            print(how, "then predict: works")
        except RuntimeError as e:
            print(how, "then predict: RuntimeError:", str(e).split(" with")[0])


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
        #> tensorflow: t.assign(s) then predict: works
        #> tensorflow: t.assign(keras.ops.copy(s)) then predict: works
        #> jax: t.assign(s) then predict: RuntimeError: Array has been deleted
        #> jax: t.assign(keras.ops.copy(s)) then predict: works
        #> torch: t.assign(s) then predict: works
        #> torch: t.assign(keras.ops.copy(s)) then predict: works
# --8<-- [end:runner]
