# --8<-- [start:recipe]
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
        #> tensorflow: kernel after set_random_seed(0): 0.054 | same again: True
        #> jax: kernel after set_random_seed(0): 0.545 | same again: True
        #> torch: kernel after set_random_seed(0): -0.507 | same again: True
# --8<-- [end:runner]
