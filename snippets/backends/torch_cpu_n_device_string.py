# Needs PyTorch: pip install -r requirements-backends.txt
# PyTorch only (the "cpu:0" device string): PROGRAM runs in a new Python, on its CPU.
import os
import subprocess
import sys

PROGRAM = """
import os, tempfile
import keras
import numpy as np
new = lambda: keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
kernel = lambda m: keras.ops.convert_to_numpy(m.layers[0].kernel)
def trains(model):
    model.compile("sgd", "mse")
    before = kernel(model)
    try:
        model.fit(np.ones((4, 3)), np.ones((4, 2)), verbose=0)
    except ValueError as error:
        return str(error).splitlines()[0]
    return f"kernel changed: {not np.array_equal(before, kernel(model))}"

default = os.environ.get("KERAS_TORCH_DEVICE")  # the default device
print(f"KERAS_TORCH_DEVICE={default}:" if default else "no scope:", trains(new()))
with keras.device("cpu"):
    print("under 'cpu':", trains(new()))
with keras.device("cpu:0"):
    broken = new()
print("under 'cpu:0':", trains(broken))
clone = keras.models.clone_model(broken)  # outside the scope
clone.set_weights(broken.get_weights())
same = np.array_equal(kernel(clone), kernel(broken))
print("clone_model outside: same kernel", same, "| fit:", trains(clone))
broken.save(path := os.path.join(tempfile.mkdtemp(), "broken.keras"))
print("save, load_model outside, fit:", trains(keras.saving.load_model(path)))
"""

for default in ({}, {"KERAS_TORCH_DEVICE": "cpu:0"}):
    env = {**os.environ, "KERAS_BACKEND": "torch", **default}
    cmd = [sys.executable, "-c", PROGRAM]
    run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
    lines = run.stdout.splitlines() or run.stderr.splitlines()[-1:]
    for line in lines[: 1 if default else None]:  # with KERAS_TORCH_DEVICE: line 1
        print(f"torch: {line}")
        #> torch: no scope: kernel changed: True
        #> torch: under 'cpu': kernel changed: True
        #> torch: under 'cpu:0': No gradients provided for any variable.
        #> torch: clone_model outside: same kernel True | fit: kernel changed: True
        #> torch: save, load_model outside, fit: kernel changed: True
        #> torch: KERAS_TORCH_DEVICE=cpu:0: No gradients provided for any variable.
