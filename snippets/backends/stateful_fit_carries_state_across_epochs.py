# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np

    keras.utils.set_random_seed(0)
    lstm = keras.layers.LSTM(2, stateful=True, use_cudnn=False)  # PyTorch needs it
    model = keras.Sequential([keras.Input((3, 1), batch_size=1), lstm])
    model.compile(optimizer=keras.optimizers.SGD(0.0), loss="mse")  # weights stay
    x, y = np.random.rand(4, 3, 1), np.random.rand(4, 2)
    reset = keras.callbacks.LambdaCallback(
        on_epoch_begin=lambda epoch, logs: lstm.reset_state()
    )
    for label, callbacks in (("fit", []), ("reset_state() each epoch", [reset])):
        lstm.reset_state()
        fit = model.fit(
            x, y, batch_size=1, shuffle=False, epochs=3, verbose=0, callbacks=callbacks
        )
        losses = [round(loss, 6) for loss in fit.history["loss"]]
        print(f"{label}, every epoch the same loss:", len(set(losses)) == 1)


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
        #> tensorflow: fit, every epoch the same loss: False
        #> tensorflow: reset_state() each epoch, every epoch the same loss: True
        #> jax: fit, every epoch the same loss: True
        #> jax: reset_state() each epoch, every epoch the same loss: True
        #> torch: fit, every epoch the same loss: False
        #> torch: reset_state() each epoch, every epoch the same loss: True
# --8<-- [end:runner]
