# --8<-- [start:recipe]
def program():
    import os
    import tempfile
    import textwrap

    import keras
    import numpy as np

    def run(*calls):  # a new model with use_ema=True, then each call in turn
        inputs = keras.Input((1,))
        w = keras.layers.Dense(1, use_bias=False, kernel_initializer="ones")
        model = keras.Model(inputs, w(inputs))
        x, y = np.ones((2, 1)), np.full((2, 1), 3.0)
        for call in ("compile",) + calls:
            if call == "compile":  # with a new optimizer
                sgd = keras.optimizers.SGD(0.1, use_ema=True, ema_momentum=0.5)
                model.compile(optimizer=sgd, loss="mse")
            elif call == "copy":  # give each weight an array of its own
                for v in model.trainable_variables:
                    v.assign(keras.ops.copy(v))
            elif call == "finalize":  # what fit() ends with
                sgd.finalize_variable_values(model.trainable_variables)
            elif call == "save":
                model.save(os.path.join(tempfile.mkdtemp(), "model.keras"))
            elif call == "save_weights":
                model.save_weights(os.path.join(tempfile.mkdtemp(), "m.weights.h5"))
            elif call == "predict":
                model.predict(x, verbose=0)
            elif call == "train_on_batch":
                model.train_on_batch(x, y)
            else:  # fit or evaluate
                getattr(model, call)(x, y, verbose=0)
        return round(keras.ops.convert_to_numpy(w.kernel).item(), 4)

    for calls in (
        ("fit", "train_on_batch"),
        ("fit", "evaluate", "train_on_batch"),
        ("fit", "evaluate", "save"),
        ("fit", "evaluate", "save_weights"),
        ("fit", "predict", "train_on_batch"),
        ("fit", "predict", "save"),
        ("fit", "predict", "save_weights"),
        ("fit", "copy", "evaluate", "save", "train_on_batch"),
        ("fit", "copy", "fit", "fit"),
        ("fit", "copy", "fit", "copy", "fit"),
        ("fit", "evaluate", "copy", "train_on_batch"),
        ("fit", "evaluate", "compile", "save", "train_on_batch"),
        ("fit", "predict", "compile", "save_weights", "train_on_batch"),
        ("train_on_batch", "finalize", "train_on_batch"),
    ):
        try:
            print(", ".join(calls) + ": works, weight", run(*calls))
        except (RuntimeError, ValueError, TypeError) as e:
            # a TypeError from Python: its message starts "'NoneType' object"
            said = str(e).split(" with shape")[0]  # JAX names the shape
            said = said.split(" in Execute")[0]  # and the failed call's details
            line = f"{', '.join(calls)}: {type(e).__name__} {said}"
            first = textwrap.shorten(line, 78, placeholder="")
            print(first)
            if first != line:  # the rest of the message, on a line of its own
                print("  then:", line[len(first) :].strip())


# --8<-- [end:recipe]


# --8<-- [start:runner]
# Needs JAX and PyTorch: pip install -r requirements-backends.txt
# Keras reads KERAS_BACKEND once, at import: each backend gets a new Python.
import inspect
import os
import subprocess
import sys
import textwrap

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
    printed += [f"{backend}: {line}" for line in run.stdout.splitlines() + error]


def show(lines):  # one print; each line cut at a word, to fit one output line
    print("\n".join(textwrap.shorten(line, 84, placeholder="") for line in lines))
    """
    tensorflow: fit, train_on_batch: works, weight 1.72
    tensorflow: fit, evaluate, train_on_batch: works, weight 1.72
    tensorflow: fit, evaluate, save: works, weight 1.4
    tensorflow: fit, evaluate, save_weights: works, weight 1.4
    tensorflow: fit, predict, train_on_batch: works, weight 1.72
    tensorflow: fit, predict, save: works, weight 1.4
    tensorflow: fit, predict, save_weights: works, weight 1.4
    tensorflow: fit, copy, evaluate, save, train_on_batch: works, weight 1.72
    tensorflow: fit, copy, fit, fit: works, weight 1.704
    tensorflow: fit, copy, fit, copy, fit: works, weight 1.704
    tensorflow: fit, evaluate, copy, train_on_batch: works, weight 1.72
    tensorflow: fit, evaluate, compile, save, train_on_batch: works, weight 1.72
    tensorflow: fit, predict, compile, save_weights, train_on_batch: works, weight 1.72
    tensorflow: train_on_batch, finalize, train_on_batch: works, weight 1.72
    jax: fit, train_on_batch: JaxRuntimeError INVALID_ARGUMENT: Attempt to donate the
    jax: then: same buffer twice
    jax: fit, evaluate, train_on_batch: RuntimeError Array has been deleted
    jax: fit, evaluate, save: RuntimeError Array has been deleted
    jax: fit, evaluate, save_weights: RuntimeError Array has been deleted
    jax: fit, predict, train_on_batch: RuntimeError Array has been deleted
    jax: fit, predict, save: RuntimeError Array has been deleted
    jax: fit, predict, save_weights: RuntimeError Array has been deleted
    jax: fit, copy, evaluate, save, train_on_batch: works, weight 1.72
    jax: fit, copy, fit, fit: TypeError 'NoneType' object is not callable
    jax: fit, copy, fit, copy, fit: works, weight 1.704
    jax: fit, evaluate, copy, train_on_batch: RuntimeError Array has been deleted
    jax: fit, evaluate, compile, save, train_on_batch: works, weight 1.72
    jax: fit, predict, compile, save_weights, train_on_batch: works, weight 1.72
    jax: train_on_batch, finalize, train_on_batch: ValueError INVALID_ARGUMENT: Attempt
    jax: then: to donate the same buffer twice
    torch: fit, train_on_batch: works, weight 1.72
    torch: fit, evaluate, train_on_batch: works, weight 1.72
    torch: fit, evaluate, save: works, weight 1.4
    torch: fit, evaluate, save_weights: works, weight 1.4
    torch: fit, predict, train_on_batch: works, weight 1.72
    torch: fit, predict, save: works, weight 1.4
    torch: fit, predict, save_weights: works, weight 1.4
    torch: fit, copy, evaluate, save, train_on_batch: works, weight 1.72
    torch: fit, copy, fit, fit: works, weight 1.704
    torch: fit, copy, fit, copy, fit: works, weight 1.704
    torch: fit, evaluate, copy, train_on_batch: works, weight 1.72
    torch: fit, evaluate, compile, save, train_on_batch: works, weight 1.72
    torch: fit, predict, compile, save_weights, train_on_batch: works, weight 1.72
    torch: train_on_batch, finalize, train_on_batch: works, weight 1.72
    """


show(printed)
# --8<-- [end:runner]
