# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np

    def trains(at_compile, then_compile, restore=False):
        keras.utils.set_random_seed(0)
        x, y = np.random.rand(8, 3), np.random.rand(8, 1)
        first = keras.layers.Dense(4, name="first", trainable=at_compile)
        inputs = keras.Input((3,))
        model = keras.Sequential([inputs, first, keras.layers.Dense(1)])
        optimizer = keras.optimizers.SGD()
        model.compile(optimizer=optimizer, loss="mse")
        # the first fit builds the train step and the optimizer
        model.fit(x, y, verbose=0)
        saved = model.get_weights()
        first.trainable = not at_compile  # flip the flag
        if then_compile:  # with the optimizer object of before, or a new one
            new = keras.optimizers.SGD() if then_compile == "new" else optimizer
            model.compile(optimizer=new, loss="mse")
        before = keras.ops.convert_to_numpy(first.kernel)
        try:
            model.fit(x, y, verbose=0)
        except ValueError as e:  # the message, up to what it names
            said = str(e).split(": <")[0].split(" corresponding")[0]
            if not restore:
                return f"{type(e).__name__}: {said}"
            model.set_weights(saved)  # the values from before the failed fit
            model.compile(optimizer=keras.optimizers.SGD(), loss="mse")
            model.fit(x, y, verbose=0)
        after = keras.ops.convert_to_numpy(first.kernel)
        return not np.array_equal(before, after)

    def show(label, result):  # an error goes on a line of its own
        if isinstance(result, str):
            print(label, "raises")
            print("  " + result)
        else:
            print(label, result)

    for flag, was in (("frozen", True), ("unfrozen", False)):
        show(f"{flag}, no compile, trains:", trains(was, then_compile=False))
        show(f"{flag} + compile, old optimizer, trains:", trains(was, "old"))
        show(f"{flag} + compile, new optimizer, trains:", trains(was, "new"))
    restored = trains(False, "old", restore=True)  # the unfrozen case that raises
    print("after its error, set_weights(saved) + new optimizer, trains:", restored)


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
    tensorflow: frozen, no compile, trains: True
    tensorflow: frozen + compile, old optimizer, trains: False
    tensorflow: frozen + compile, new optimizer, trains: False
    tensorflow: unfrozen, no compile, trains: False
    tensorflow: unfrozen + compile, old optimizer, trains: raises
    tensorflow:   ValueError: Unknown variable
    tensorflow: unfrozen + compile, new optimizer, trains: True
    tensorflow: after its error, set_weights(saved) + new optimizer, trains: True
    jax: frozen, no compile, trains: raises
    jax:   ValueError: Argument `optimizer_variables` must be a list of tensors
    jax: frozen + compile, old optimizer, trains: raises
    jax:   ValueError: Argument `optimizer_variables` must be a list of tensors
    jax: frozen + compile, new optimizer, trains: False
    jax: unfrozen, no compile, trains: raises
    jax:   ValueError: Argument `optimizer_variables` must be a list of tensors
    jax: unfrozen + compile, old optimizer, trains: raises
    jax:   ValueError: Argument `optimizer_variables` must be a list of tensors
    jax: unfrozen + compile, new optimizer, trains: True
    jax: after its error, set_weights(saved) + new optimizer, trains: True
    torch: frozen, no compile, trains: False
    torch: frozen + compile, old optimizer, trains: False
    torch: frozen + compile, new optimizer, trains: False
    torch: unfrozen, no compile, trains: raises
    torch:   ValueError: Unknown variable
    torch: unfrozen + compile, old optimizer, trains: raises
    torch:   ValueError: Unknown variable
    torch: unfrozen + compile, new optimizer, trains: True
    torch: after its error, set_weights(saved) + new optimizer, trains: True
    """


report(printed)
# --8<-- [end:runner]
