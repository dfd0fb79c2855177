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

    model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(0.1, use_ema=True), loss="mse")
    x, y = np.ones((2, 1)), np.ones((2, 1))
    model.fit(x, y, verbose=0)
    try:
        model.fit(x, y, verbose=0)  # a second fit() on the same model
        print("second fit: works")
    except TypeError as e:
        print("second fit: TypeError:", e)


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
        #> tensorflow: second fit: works
        #> jax: second fit: TypeError: 'NoneType' object is not callable
        #> torch: second fit: works
