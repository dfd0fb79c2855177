# --8<-- [start:recipe]
def program():
    import keras

    inputs = keras.Input((3,))
    hidden = keras.layers.Dense(4, name="hidden")
    model = keras.Model(inputs, keras.layers.Dense(1)(hidden(inputs)))
    hidden.trainable = False  # one layer frozen; model.trainable is still True
    model.trainable = True  # the value it already has
    print("hidden trainable after model.trainable = True:", hidden.trainable)


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
        #> tensorflow: hidden trainable after model.trainable = True: False
        #> jax: hidden trainable after model.trainable = True: True
        #> torch: hidden trainable after model.trainable = True: True
# --8<-- [end:runner]
