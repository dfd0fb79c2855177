# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np

    x = np.ones((1, 2, 3), "float32")
    lstm = keras.layers.LSTM(2, stateful=True, use_cudnn=False)  # for PyTorch
    model = keras.Sequential([keras.Input((2, 3), batch_size=1), lstm])
    model.compile(optimizer="sgd", loss="mse")
    numpy = keras.ops.convert_to_numpy
    first, second = numpy(model(x)), numpy(model(x))
    print("model(x) carries the state:", not np.array_equal(first, second))
    lstm.reset_state()
    first, second = model.predict(x, verbose=0), model.predict(x, verbose=0)
    print("predict() carries the state:", not np.array_equal(first, second))
    lstm.reset_state()
    model.train_on_batch(x, np.ones((1, 2)))
    zeros = not numpy(lstm.states[0]).any()
    print("state after train_on_batch is zeros:", zeros)


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
        #> tensorflow: model(x) carries the state: True
        #> tensorflow: predict() carries the state: True
        #> tensorflow: state after train_on_batch is zeros: False
        #> jax: model(x) carries the state: True
        #> jax: predict() carries the state: False
        #> jax: state after train_on_batch is zeros: True
        #> torch: model(x) carries the state: True
        #> torch: predict() carries the state: True
        #> torch: state after train_on_batch is zeros: False
# --8<-- [end:runner]
