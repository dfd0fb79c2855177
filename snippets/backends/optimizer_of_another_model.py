# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np

    x, y = np.ones((16, 4)), np.ones((16, 1))
    member = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
    member.compile(optimizer="adam", loss="mse")
    member.fit(x, y, batch_size=4, verbose=0)  # 4 steps
    other = keras.models.clone_model(member)
    other.compile(optimizer=member.optimizer, loss="mse")  # not its own
    try:
        other.fit(x, y, batch_size=4, verbose=0)
        print("fit: runs, steps", int(other.optimizer.iterations))
    except ValueError as e:
        print("fit: ValueError:", str(e).split(":")[0])


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
        #> tensorflow: fit: ValueError: Unknown variable
        #> jax: fit: runs, steps 8
        #> torch: fit: ValueError: Unknown variable
# --8<-- [end:runner]
