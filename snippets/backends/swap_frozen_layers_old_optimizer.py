# Needs JAX and PyTorch: pip install -r requirements-backends.txt
# KERAS_BACKEND is read at import: PROGRAM runs in a new Python per backend.
import os
import subprocess
import sys

PROGRAM = """
import keras
import numpy as np

keras.utils.set_random_seed(0)
x, y = np.random.rand(8, 3), np.random.rand(8, 3)
for units in (3, 4):  # a's kernel: (3, 3), the shape of b's, or (3, 4)
    a = keras.layers.Dense(units, name="a", trainable=False)
    b = keras.layers.Dense(3, name="b")
    model = keras.Sequential([keras.Input((3,)), a, b])
    optimizer = keras.optimizers.Adam(0.1)
    model.compile(optimizer=optimizer, loss="mse")
    model.fit(x, y, verbose=0)  # Adam's slots are built for b
    saved = model.get_weights()
    a.trainable, b.trainable = True, False  # swap: as many trainable variables
    model.compile(optimizer=optimizer, loss="mse")  # the old optimizer again
    slot = next(v for v in optimizer.variables if v.path.endswith("b_kernel_momentum"))
    before = keras.ops.convert_to_numpy(slot)
    try:
        model.fit(x, y, verbose=0)
    except ValueError as e:
        print(f"Dense({units}) swap:", type(e).__name__, "-", str(e).split(":")[0])
        model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
        try:  # the way out: a new optimizer
            model.fit(x, y, verbose=0)
            print(f"Dense({units}) new Adam: trained")
        except RuntimeError as e:
            cause = str(e).split(" the model")[0]
            print(f"Dense({units}) new Adam:", type(e).__name__, "-", cause)
            model.set_weights(saved)  # the values from before the failed fit
            model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
            model.fit(x, y, verbose=0)
            print(f"Dense({units}) set_weights(saved) + new Adam: trained")
    else:
        moved = not np.array_equal(before, keras.ops.convert_to_numpy(slot))
        print(f"Dense({units}) swap: trained | b's momentum moved, b frozen:", moved)
"""

for backend in ("tensorflow", "jax", "torch"):
    env = {**os.environ, "KERAS_BACKEND": backend}
    cmd = [sys.executable, "-c", PROGRAM]
    run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
    for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
        print(f"{backend}: {line}")
        #> tensorflow: Dense(3) swap: ValueError - Unknown variable
        #> tensorflow: Dense(3) new Adam: trained
        #> tensorflow: Dense(4) swap: ValueError - Unknown variable
        #> tensorflow: Dense(4) new Adam: trained
        #> jax: Dense(3) swap: trained | b's momentum moved, b frozen: True
        #> jax: Dense(4) swap: ValueError - Invalid variable value in StatelessScope
        #> jax: Dense(4) new Adam: RuntimeError - Unable to automatically build
        #> jax: Dense(4) set_weights(saved) + new Adam: trained
        #> torch: Dense(3) swap: ValueError - Unknown variable
        #> torch: Dense(3) new Adam: trained
        #> torch: Dense(4) swap: ValueError - Unknown variable
        #> torch: Dense(4) new Adam: trained
