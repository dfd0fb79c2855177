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
        #> tensorflow: fit: ValueError: Unknown variable
        #> jax: fit: runs, steps 8
        #> torch: fit: ValueError: Unknown variable
