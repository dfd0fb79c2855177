# Needs JAX and PyTorch: pip install -r requirements-backends.txt
# KERAS_BACKEND is read at import: PROGRAM runs in a new Python per backend.
import os
import subprocess
import sys

PROGRAM = """
import keras
import numpy as np

x, y = np.ones((1, 2, 3)), np.ones((1, 2))
for use_cudnn in ("auto", False):
    lstm = keras.layers.LSTM(2, stateful=True, use_cudnn=use_cudnn)
    model = keras.Sequential([keras.Input((2, 3), batch_size=1), lstm])
    model.compile(optimizer="adam", loss="mse")
    try:
        model.train_on_batch(x, y)
        print(f"use_cudnn={use_cudnn!r}: trains")
    except RuntimeError as e:
        reason = str(e).split(" has been ")[-1].split(":")[0]  # the message's end
        print(f"use_cudnn={use_cudnn!r}: RuntimeError: ...{reason}")
"""

for backend in ("tensorflow", "jax", "torch"):
    env = {**os.environ, "KERAS_BACKEND": backend}
    run = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        check=False,
        env=env,
        capture_output=True,
        text=True,
    )
    for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
        print(f"{backend}: {line}")
        #> tensorflow: use_cudnn='auto': trains
        #> tensorflow: use_cudnn=False: trains
        #> jax: use_cudnn='auto': trains
        #> jax: use_cudnn=False: trains
        #> torch: use_cudnn='auto': RuntimeError: ...modified by an inplace operation
        #> torch: use_cudnn=False: trains
