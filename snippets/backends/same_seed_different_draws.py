# Needs JAX and PyTorch: pip install -r requirements-backends.txt
import inspect
import os
import subprocess
import sys


# The code that each backend runs, in a new Python (Keras reads KERAS_BACKEND
# once, at import): the loop below runs its source, then calls it.
def program():
    import keras

    def first_kernel_value():
        keras.utils.set_random_seed(0)
        layer = keras.layers.Dense(1)
        layer.build((None, 1))
        return round(float(keras.ops.convert_to_numpy(layer.kernel)[0, 0]), 3)

    first, again = first_kernel_value(), first_kernel_value()
    same = first == again
    print("kernel after set_random_seed(0):", first, "| same again:", same)


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
        #> tensorflow: kernel after set_random_seed(0): 0.054 | same again: True
        #> jax: kernel after set_random_seed(0): 0.545 | same again: True
        #> torch: kernel after set_random_seed(0): -0.507 | same again: True
