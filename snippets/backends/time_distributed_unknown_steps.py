# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np
    import tensorflow as tf  # for its error class, tf.errors.InvalidArgumentError
    from keras import ops

    keras.utils.set_random_seed(0)
    dense = keras.layers.Dense(4)  # one layer: every model below uses its weights
    seq, six = keras.Input((None, 3)), keras.Input((6, 3))  # any steps, 6 steps
    wrapped = keras.Model(seq, keras.layers.TimeDistributed(dense)(seq))
    models = {
        "TimeDistributed": wrapped,
        "Dense on 3-D": keras.Model(seq, dense(seq)),  # Dense acts on the last axis
        "6 steps in Input": keras.Model(six, keras.layers.TimeDistributed(dense)(six)),
    }

    def said(e):  # the class, the message's first line and the line that explains it
        lines = str(e).splitlines()
        why = [s for s in lines if s.startswith(("slice", "Incompatible"))]
        return f"{type(e).__name__}: {lines[0]} ... {why[0]}"

    for shape in [(3, 5, 3), (7, 5, 3), (3, 6, 3), (7, 6, 3)]:  # batch, steps, features
        x = np.random.rand(*shape).astype("float32")
        each = [ops.convert_to_numpy(dense(x[:, t])) for t in range(shape[1])]
        want = np.stack(each, axis=1)  # dense on one step at a time
        for name, model in models.items():
            if model.input.shape[1] not in (None, shape[1]):
                continue  # the 6-step model takes 6 steps only
            try:
                y = model.predict(x, verbose=0)  # a compiled graph on TensorFlow
            except tf.errors.InvalidArgumentError as e:
                print(f"{name}, predict {shape}: {said(e)}")
                continue
            same = y.shape == want.shape and np.allclose(y, want, atol=1e-6)
            print(f"{name}, predict {shape}: {y.shape}, dense(x[:, t]) each t: {same}")
    print("TimeDistributed, called directly (7, 6, 3):", tuple(wrapped(x).shape))

    wrapped.compile(optimizer="sgd", loss="mse")
    for steps in (5, 6):  # a second fit() with another number of steps
        try:
            wrapped.fit(np.ones((3, steps, 3)), np.zeros((3, steps, 4)), verbose=0)
            print(f"TimeDistributed, fit on {steps} steps: trains")
        except tf.errors.InvalidArgumentError as e:
            print(f"TimeDistributed, fit on {steps} steps: {said(e)}")


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
    tensorflow: TimeDistributed, predict (3, 5, 3): (3, 5, 4), dense(x[:, t]) each t: True
    tensorflow: Dense on 3-D, predict (3, 5, 3): (3, 5, 4), dense(x[:, t]) each t: True
    tensorflow: TimeDistributed, predict (7, 5, 3): (7, 5, 4), dense(x[:, t]) each t: True
    tensorflow: Dense on 3-D, predict (7, 5, 3): (7, 5, 4), dense(x[:, t]) each t: True
    tensorflow: TimeDistributed, predict (3, 6, 3): (3, 3, 4), dense(x[:, t]) each t: False
    tensorflow: Dense on 3-D, predict (3, 6, 3): (3, 6, 4), dense(x[:, t]) each t: True
    tensorflow: 6 steps in Input, predict (3, 6, 3): (3, 6, 4), dense(x[:, t]) each t: True
    tensorflow: TimeDistributed, predict (7, 6, 3): InvalidArgumentError: Graph execution error: ... slice index 6 of dimension 0 out of bounds.
    tensorflow: Dense on 3-D, predict (7, 6, 3): (7, 6, 4), dense(x[:, t]) each t: True
    tensorflow: 6 steps in Input, predict (7, 6, 3): (7, 6, 4), dense(x[:, t]) each t: True
    tensorflow: TimeDistributed, called directly (7, 6, 3): (7, 6, 4)
    tensorflow: TimeDistributed, fit on 5 steps: trains
    tensorflow: TimeDistributed, fit on 6 steps: InvalidArgumentError: Graph execution error: ... Incompatible shapes: [3,6,4] vs. [3,3,4]
    jax: TimeDistributed, predict (3, 5, 3): (3, 5, 4), dense(x[:, t]) each t: True
    jax: Dense on 3-D, predict (3, 5, 3): (3, 5, 4), dense(x[:, t]) each t: True
    jax: TimeDistributed, predict (7, 5, 3): (7, 5, 4), dense(x[:, t]) each t: True
    jax: Dense on 3-D, predict (7, 5, 3): (7, 5, 4), dense(x[:, t]) each t: True
    jax: TimeDistributed, predict (3, 6, 3): (3, 6, 4), dense(x[:, t]) each t: True
    jax: Dense on 3-D, predict (3, 6, 3): (3, 6, 4), dense(x[:, t]) each t: True
    jax: 6 steps in Input, predict (3, 6, 3): (3, 6, 4), dense(x[:, t]) each t: True
    jax: TimeDistributed, predict (7, 6, 3): (7, 6, 4), dense(x[:, t]) each t: True
    jax: Dense on 3-D, predict (7, 6, 3): (7, 6, 4), dense(x[:, t]) each t: True
    jax: 6 steps in Input, predict (7, 6, 3): (7, 6, 4), dense(x[:, t]) each t: True
    jax: TimeDistributed, called directly (7, 6, 3): (7, 6, 4)
    jax: TimeDistributed, fit on 5 steps: trains
    jax: TimeDistributed, fit on 6 steps: trains
    torch: TimeDistributed, predict (3, 5, 3): (3, 5, 4), dense(x[:, t]) each t: True
    torch: Dense on 3-D, predict (3, 5, 3): (3, 5, 4), dense(x[:, t]) each t: True
    torch: TimeDistributed, predict (7, 5, 3): (7, 5, 4), dense(x[:, t]) each t: True
    torch: Dense on 3-D, predict (7, 5, 3): (7, 5, 4), dense(x[:, t]) each t: True
    torch: TimeDistributed, predict (3, 6, 3): (3, 6, 4), dense(x[:, t]) each t: True
    torch: Dense on 3-D, predict (3, 6, 3): (3, 6, 4), dense(x[:, t]) each t: True
    torch: 6 steps in Input, predict (3, 6, 3): (3, 6, 4), dense(x[:, t]) each t: True
    torch: TimeDistributed, predict (7, 6, 3): (7, 6, 4), dense(x[:, t]) each t: True
    torch: Dense on 3-D, predict (7, 6, 3): (7, 6, 4), dense(x[:, t]) each t: True
    torch: 6 steps in Input, predict (7, 6, 3): (7, 6, 4), dense(x[:, t]) each t: True
    torch: TimeDistributed, called directly (7, 6, 3): (7, 6, 4)
    torch: TimeDistributed, fit on 5 steps: trains
    torch: TimeDistributed, fit on 6 steps: trains
    """


report(printed)
# --8<-- [end:runner]
