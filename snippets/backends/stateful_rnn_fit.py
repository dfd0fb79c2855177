# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np

    x, y = np.ones((1, 2, 3)), np.ones((1, 2))
    for layer in (keras.layers.LSTM, keras.layers.GRU):
        for use_cudnn in ("auto", False):
            rnn = layer(2, stateful=True, use_cudnn=use_cudnn)
            model = keras.Sequential([keras.Input((2, 3), batch_size=1), rnn])
            model.compile(optimizer="adam", loss="mse")
            how = f"{layer.__name__}, {use_cudnn}:"  # auto or False: use_cudnn
            try:
                model.train_on_batch(x, y)
                print(how, "trains")
            except RuntimeError as e:  # PyTorch's message starts "one of the"
                said = str(e).split(":")[0]  # up to the tensor it names
                print(how, "raises")
                print(f"  RuntimeError: {said}")

    # rnn is the last one: the GRU with use_cudnn=False
    model = keras.Sequential([keras.Input((2, 3), batch_size=1), rnn])
    clone = keras.models.clone_model(model)
    print("use_cudnn in config:", "use_cudnn" in rnn.get_config())
    print("use_cudnn of a clone:", clone.layers[-1].use_cudnn)


# --8<-- [end:recipe]


# --8<-- [start:runner]
# Needs JAX and PyTorch: pip install -r requirements-backends.txt
# Keras reads KERAS_BACKEND once, at import: each backend gets a new Python.
import inspect
import os
import subprocess
import sys

printed = []
for backend in ("tensorflow", "jax", "torch"):
    run = subprocess.run(
        [sys.executable, "-c", inspect.getsource(program) + "program()"],
        check=False,
        env={**os.environ, "KERAS_BACKEND": backend},
        capture_output=True,
        text=True,
    )
    error = run.stderr.splitlines()[-1:] if run.returncode else []  # the error
    lines = run.stdout.splitlines() + error
    printed += [f"{backend}: {line}" for line in lines]


def report(lines):  # one print: some lines are longer than a `#>` line
    print("\n".join(lines))
    """
    tensorflow: LSTM, auto: trains
    tensorflow: LSTM, False: trains
    tensorflow: GRU, auto: trains
    tensorflow: GRU, False: trains
    tensorflow: use_cudnn in config: False
    tensorflow: use_cudnn of a clone: auto
    jax: LSTM, auto: trains
    jax: LSTM, False: trains
    jax: GRU, auto: trains
    jax: GRU, False: trains
    jax: use_cudnn in config: False
    jax: use_cudnn of a clone: auto
    torch: LSTM, auto: raises
    torch:   RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation
    torch: LSTM, False: trains
    torch: GRU, auto: raises
    torch:   RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation
    torch: GRU, False: trains
    torch: use_cudnn in config: False
    torch: use_cudnn of a clone: auto
    """


report(printed)
# --8<-- [end:runner]
