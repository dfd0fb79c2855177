# Needs PyTorch: pip install -r requirements-backends.txt
# PyTorch only (.to(device)): PROGRAM runs in a new Python, on PyTorch's one CPU.
import os
import subprocess
import sys

PROGRAM = """
import keras
import torch

t = torch.ones(3)
print("t.to('cpu') is t:", t.to("cpu") is t)
print("t.to('cpu', copy=True) is t:", t.to("cpu", copy=True) is t)
print("t.to('cpu:0') is t:", t.to("cpu:0") is t)  # "cpu:0" is not "cpu"
print("a tensor on 'cpu:1' is on:", torch.zeros(1, device="cpu:1").device)

layer = keras.layers.Dense(2)
layer.build((None, 3))
kernel = layer.kernel.value
print("Keras layer is a torch.nn.Module:", isinstance(layer, torch.nn.Module))
moved = layer.to("cpu")  # nn.Module.to changes the module in place
print("same layer:", moved is layer, "| same kernel:", layer.kernel.value is kernel)
with keras.device("cpu:0"):  # each new parameter goes through .to("cpu:0")
    scoped = keras.layers.Dense(2)
    scoped.build((None, 3))
print("under keras.device('cpu:0'), kernel is a leaf:", scoped.kernel.value.is_leaf)
"""

env = {**os.environ, "KERAS_BACKEND": "torch"}
cmd = [sys.executable, "-c", PROGRAM]
run = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
    print(f"torch: {line}")
    #> torch: t.to('cpu') is t: True
    #> torch: t.to('cpu', copy=True) is t: False
    #> torch: t.to('cpu:0') is t: False
    #> torch: a tensor on 'cpu:1' is on: cpu
    #> torch: Keras layer is a torch.nn.Module: True
    #> torch: same layer: True | same kernel: True
    #> torch: under keras.device('cpu:0'), kernel is a leaf: False
