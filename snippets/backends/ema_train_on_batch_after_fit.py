# --8<-- [start:recipe]
def program():
    import os
    import re
    import tempfile
    import textwrap
    import warnings

    import keras
    import numpy as np

    def run(*calls):  # a new model with use_ema=True, then each call in turn
        inputs = keras.Input((1,))
        w = keras.layers.Dense(1, use_bias=False, kernel_initializer="ones")
        model = keras.Model(inputs, w(inputs))
        x, y = np.ones((2, 1)), np.full((2, 1), 3.0)
        path = os.path.join(tempfile.mkdtemp(), "model.keras")
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
                model.save(path)
            elif call == "load":
                with warnings.catch_warnings(record=True) as warned:
                    warnings.simplefilter("always")
                    model = keras.models.load_model(path)
                w = model.layers[-1]
            elif call == "save_weights":
                model.save_weights(os.path.join(tempfile.mkdtemp(), "m.weights.h5"))
            elif call == "predict":
                model.predict(x, verbose=0)
            elif call == "train_on_batch":
                model.train_on_batch(x, y)
            else:  # fit or evaluate
                getattr(model, call)(x, y, verbose=0)
        weight = round(keras.ops.convert_to_numpy(w.kernel).item(), 4)
        steps = int(keras.ops.convert_to_numpy(model.optimizer.iterations))
        warned = [str(w.message) for w in warned] if "load" in calls else []
        return f"works, weight {weight}, steps {steps}", warned

    for calls in (
        ("fit", "train_on_batch"),
        ("fit", "evaluate", "fit"),
        ("fit", "predict", "fit"),
        ("fit", "evaluate", "train_on_batch"),
        ("fit", "predict", "save"),
        ("fit", "evaluate", "save_weights"),
        ("fit", "evaluate", "copy", "train_on_batch"),
        ("fit", "copy", "fit", "fit"),
        ("fit", "copy", "evaluate", "fit", "copy", "predict", "fit", "copy", "save")
        + ("load", "fit", "copy", "train_on_batch"),
        ("fit", "evaluate", "compile", "fit", "fit"),
        ("fit", "evaluate", "compile", "fit", "copy", "fit"),
        ("fit", "predict", "compile", "save", "load"),
        ("train_on_batch", "finalize", "train_on_batch"),
    ):
        try:
            result, warned = run(*calls)
        except (RuntimeError, ValueError, TypeError) as e:
            # a TypeError from Python: its message starts "'NoneType' object"
            said = str(e).split(" with shape")[0]  # JAX names the shape
            result, warned = said.split(" in Execute")[0], []  # and the details
            result = f"{type(e).__name__} {result}"
        lines = [f"{', '.join(calls)}: {result}"]
        lines += [re.sub("'[^']*'", "'...'", f"  warns: {m}") for m in warned]
        width = 82 - len(keras.backend.backend())  # "jax: " goes in front
        for line in lines:  # cut at words; the rest on lines of their own
            print("\n".join(textwrap.wrap(line, width, subsequent_indent="  then: ")))


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
    tensorflow: fit, train_on_batch: works, weight 1.72, steps 2
    tensorflow: fit, evaluate, fit: works, weight 1.56, steps 2
    tensorflow: fit, predict, fit: works, weight 1.56, steps 2
    tensorflow: fit, evaluate, train_on_batch: works, weight 1.72, steps 2
    tensorflow: fit, predict, save: works, weight 1.4, steps 1
    tensorflow: fit, evaluate, save_weights: works, weight 1.4, steps 1
    tensorflow: fit, evaluate, copy, train_on_batch: works, weight 1.72, steps 2
    tensorflow: fit, copy, fit, fit: works, weight 1.704, steps 3
    tensorflow: fit, copy, evaluate, fit, copy, predict, fit, copy, save, load, fit,
    tensorflow: then: copy, train_on_batch: works, weight 2.0669, steps 5
    tensorflow: fit, evaluate, compile, fit, fit: works, weight 1.848, steps 2
    tensorflow: fit, evaluate, compile, fit, copy, fit: works, weight 1.848, steps 2
    tensorflow: fit, predict, compile, save, load: works, weight 1.4, steps 0
    tensorflow: warns: Skipping variable loading for optimizer '...', because it has 3
    tensorflow: then: variables whereas the saved optimizer has 2 variables.
    tensorflow: train_on_batch, finalize, train_on_batch: works, weight 1.72, steps 2
    jax: fit, train_on_batch: JaxRuntimeError INVALID_ARGUMENT: Attempt to donate the
    jax: then: same buffer twice
    jax: fit, evaluate, fit: TypeError 'NoneType' object is not callable
    jax: fit, predict, fit: TypeError 'NoneType' object is not callable
    jax: fit, evaluate, train_on_batch: RuntimeError Array has been deleted
    jax: fit, predict, save: RuntimeError Array has been deleted
    jax: fit, evaluate, save_weights: RuntimeError Array has been deleted
    jax: fit, evaluate, copy, train_on_batch: RuntimeError Array has been deleted
    jax: fit, copy, fit, fit: TypeError 'NoneType' object is not callable
    jax: fit, copy, evaluate, fit, copy, predict, fit, copy, save, load, fit, copy,
    jax: then: train_on_batch: works, weight 2.0669, steps 5
    jax: fit, evaluate, compile, fit, fit: TypeError 'NoneType' object is not callable
    jax: fit, evaluate, compile, fit, copy, fit: works, weight 1.848, steps 2
    jax: fit, predict, compile, save, load: works, weight 1.4, steps 0
    jax: warns: Skipping variable loading for optimizer '...', because it has 3
    jax: then: variables whereas the saved optimizer has 2 variables.
    jax: train_on_batch, finalize, train_on_batch: ValueError INVALID_ARGUMENT: Attempt
    jax: then: to donate the same buffer twice
    torch: fit, train_on_batch: works, weight 1.72, steps 2
    torch: fit, evaluate, fit: works, weight 1.56, steps 2
    torch: fit, predict, fit: works, weight 1.56, steps 2
    torch: fit, evaluate, train_on_batch: works, weight 1.72, steps 2
    torch: fit, predict, save: works, weight 1.4, steps 1
    torch: fit, evaluate, save_weights: works, weight 1.4, steps 1
    torch: fit, evaluate, copy, train_on_batch: works, weight 1.72, steps 2
    torch: fit, copy, fit, fit: works, weight 1.704, steps 3
    torch: fit, copy, evaluate, fit, copy, predict, fit, copy, save, load, fit, copy,
    torch: then: train_on_batch: works, weight 2.0669, steps 5
    torch: fit, evaluate, compile, fit, fit: works, weight 1.848, steps 2
    torch: fit, evaluate, compile, fit, copy, fit: works, weight 1.848, steps 2
    torch: fit, predict, compile, save, load: works, weight 1.4, steps 0
    torch: warns: Skipping variable loading for optimizer '...', because it has 3
    torch: then: variables whereas the saved optimizer has 2 variables.
    torch: train_on_batch, finalize, train_on_batch: works, weight 1.72, steps 2
    """


show(printed)
# --8<-- [end:runner]
