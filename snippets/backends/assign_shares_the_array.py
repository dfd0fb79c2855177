# Needs JAX and PyTorch: pip install -r requirements-backends.txt
import inspect
import os
import subprocess
import sys


# The code that each backend runs, in a new Python (Keras reads KERAS_BACKEND
# once, at import): the loop below runs its source, then calls it.
def program():
    import keras
    import numpy as np

    x = np.ones((4, 3))
    for copy_it in (False, True):
        src = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
        dst = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
        for t, s in zip(dst.weights, src.weights):
            t.assign(keras.ops.copy(s) if copy_it else s)
        src.predict(x, verbose=0)  # any compiled step: predict, evaluate or fit
        how = "t.assign(keras.ops.copy(s))" if copy_it else "t.assign(s)"
        try:
            dst.predict(x, verbose=0)
            print(how, "then predict: works")
        except RuntimeError as e:
            print(how, "then predict: RuntimeError:", str(e).split(" with")[0])


for backend in ("tensorflow", "jax", "torch"):
    env = {**os.environ, "KERAS_BACKEND": backend}
    run = subprocess.run(
        [sys.executable, "-c", inspect.getsource(program) + "program()"],
        check=False,
        env=env,
        capture_output=True,
        text=True,
    )
    for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
        print(f"{backend}: {line}")
        #> tensorflow: t.assign(s) then predict: works
        #> tensorflow: t.assign(keras.ops.copy(s)) then predict: works
        #> jax: t.assign(s) then predict: RuntimeError: Array has been deleted
        #> jax: t.assign(keras.ops.copy(s)) then predict: works
        #> torch: t.assign(s) then predict: works
        #> torch: t.assign(keras.ops.copy(s)) then predict: works
