# Needs JAX and PyTorch: pip install -r requirements-backends.txt
import inspect
import os
import subprocess
import sys


# The code that each backend runs, in a new Python (Keras reads KERAS_BACKEND
# once, at import): the loop below runs its source, then calls it.
def program():
    import keras

    inputs = keras.Input((3,))
    hidden = keras.layers.Dense(4, name="hidden")
    model = keras.Model(inputs, keras.layers.Dense(1)(hidden(inputs)))
    hidden.trainable = False  # one layer frozen; model.trainable is still True
    model.trainable = True  # the value it already has
    print("hidden trainable after model.trainable = True:", hidden.trainable)


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
        #> tensorflow: hidden trainable after model.trainable = True: False
        #> jax: hidden trainable after model.trainable = True: True
        #> torch: hidden trainable after model.trainable = True: True
