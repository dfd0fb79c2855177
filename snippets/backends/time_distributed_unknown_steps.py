# --8<-- [start:recipe]
def program():
    import keras
    import numpy as np
    import tensorflow as tf  # for tf.data and tf.errors.InvalidArgumentError
    from keras import ops

    keras.utils.set_random_seed(0)
    dense = keras.layers.Dense(4)  # one layer: every model below uses its weights
    seq, six = keras.Input((None, 3)), keras.Input((6, 3))  # any steps, 6 steps

    def wrap(inputs):  # a new model: its predict() and fit() compile anew
        return keras.Model(inputs, keras.layers.TimeDistributed(dense)(inputs))

    wrapped, eager = wrap(seq), wrap(seq)
    eager.compile(optimizer="sgd", loss="mse", run_eagerly=True)  # no compiled graph
    models = {
        "TimeDistributed": wrapped,
        "run_eagerly=True": eager,
        "Dense on 3-D": keras.Model(seq, dense(seq)),  # Dense acts on the last axis
        "6 steps in Input": wrap(six),
    }

    def said(e):  # the class, the message's first line and the line that explains it
        lines = str(e).splitlines()
        why = [s for s in lines if s.startswith(("slice", "Incompatible"))]
        return f"{type(e).__name__}: {lines[0]} ... {why[0]}"

    def check(label, model, x):  # compare with dense called on one step at a time
        each = [ops.convert_to_numpy(dense(x[:, t])) for t in range(x.shape[1])]
        want = np.stack(each, axis=1)
        try:
            y = model.predict(x, verbose=0)  # a compiled graph on TensorFlow
        except tf.errors.InvalidArgumentError as e:
            return print(f"{label}: {said(e)}")
        n = y.shape[1]  # the steps it returned
        first = n <= x.shape[1] and np.allclose(y, want[:, :n], atol=1e-6)
        every = y.shape == want.shape and first
        print(f"{label}: {y.shape}, first {n} steps right: {first}, all right: {every}")

    for shape in [(3, 5, 3), (7, 5, 3), (3, 6, 3), (7, 6, 3)]:  # batch, steps, features
        x = np.random.rand(*shape).astype("float32")
        for name, model in models.items():
            if model.input.shape[1] in (None, shape[1]):  # 6-step model: 6 steps only
                check(f"{name}, predict {shape}", model, x)

    def train(label, model, *data):
        try:
            model.fit(*data, verbose=0)
            print(f"{label}: trains")
        except tf.errors.InvalidArgumentError as e:
            print(f"{label}: {said(e)}")

    wrapped.compile(optimizer="sgd", loss="mse")
    for name, model in [("TimeDistributed", wrapped), ("run_eagerly=True", eager)]:
        for steps in (5, 6):  # a second fit() with another number of steps
            xy = np.ones((3, steps, 3)), np.zeros((3, steps, 4))
            train(f"{name}, fit on {steps} steps", model, *xy)

    xy = np.ones((3, 6, 3), "float32"), np.zeros((3, 6, 4), "float32")  # 6 steps
    spec = tf.TensorSpec((None, None, 3)), tf.TensorSpec((None, None, 4))  # steps: None
    ds = tf.data.Dataset.from_generator(lambda: [xy], output_signature=spec)
    for name, inputs in [("TimeDistributed", seq), ("6 steps in Input", six)]:
        fresh = wrap(inputs)  # a new model, never trained
        fresh.compile(optimizer="sgd", loss="mse")
        train(f"{name}, first fit, tf.data with steps None", fresh, ds)


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
    tensorflow: TimeDistributed, predict (3, 5, 3): (3, 5, 4), first 5 steps right: True, all right: True
    tensorflow: run_eagerly=True, predict (3, 5, 3): (3, 5, 4), first 5 steps right: True, all right: True
    tensorflow: Dense on 3-D, predict (3, 5, 3): (3, 5, 4), first 5 steps right: True, all right: True
    tensorflow: TimeDistributed, predict (7, 5, 3): (7, 5, 4), first 5 steps right: True, all right: True
    tensorflow: run_eagerly=True, predict (7, 5, 3): (7, 5, 4), first 5 steps right: True, all right: True
    tensorflow: Dense on 3-D, predict (7, 5, 3): (7, 5, 4), first 5 steps right: True, all right: True
    tensorflow: TimeDistributed, predict (3, 6, 3): (3, 3, 4), first 3 steps right: True, all right: False
    tensorflow: run_eagerly=True, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    tensorflow: Dense on 3-D, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    tensorflow: 6 steps in Input, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    tensorflow: TimeDistributed, predict (7, 6, 3): InvalidArgumentError: Graph execution error: ... slice index 6 of dimension 0 out of bounds.
    tensorflow: run_eagerly=True, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    tensorflow: Dense on 3-D, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    tensorflow: 6 steps in Input, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    tensorflow: TimeDistributed, fit on 5 steps: trains
    tensorflow: TimeDistributed, fit on 6 steps: InvalidArgumentError: Graph execution error: ... Incompatible shapes: [3,6,4] vs. [3,3,4]
    tensorflow: run_eagerly=True, fit on 5 steps: trains
    tensorflow: run_eagerly=True, fit on 6 steps: trains
    tensorflow: TimeDistributed, first fit, tf.data with steps None: InvalidArgumentError: Graph execution error: ... Incompatible shapes: [3,6,4] vs. [3,3,4]
    tensorflow: 6 steps in Input, first fit, tf.data with steps None: InvalidArgumentError: Graph execution error: ... Incompatible shapes: [3,6,4] vs. [3,3,4]
    jax: TimeDistributed, predict (3, 5, 3): (3, 5, 4), first 5 steps right: True, all right: True
    jax: run_eagerly=True, predict (3, 5, 3): (3, 5, 4), first 5 steps right: True, all right: True
    jax: Dense on 3-D, predict (3, 5, 3): (3, 5, 4), first 5 steps right: True, all right: True
    jax: TimeDistributed, predict (7, 5, 3): (7, 5, 4), first 5 steps right: True, all right: True
    jax: run_eagerly=True, predict (7, 5, 3): (7, 5, 4), first 5 steps right: True, all right: True
    jax: Dense on 3-D, predict (7, 5, 3): (7, 5, 4), first 5 steps right: True, all right: True
    jax: TimeDistributed, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    jax: run_eagerly=True, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    jax: Dense on 3-D, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    jax: 6 steps in Input, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    jax: TimeDistributed, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    jax: run_eagerly=True, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    jax: Dense on 3-D, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    jax: 6 steps in Input, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    jax: TimeDistributed, fit on 5 steps: trains
    jax: TimeDistributed, fit on 6 steps: trains
    jax: run_eagerly=True, fit on 5 steps: trains
    jax: run_eagerly=True, fit on 6 steps: trains
    jax: TimeDistributed, first fit, tf.data with steps None: trains
    jax: 6 steps in Input, first fit, tf.data with steps None: trains
    torch: TimeDistributed, predict (3, 5, 3): (3, 5, 4), first 5 steps right: True, all right: True
    torch: run_eagerly=True, predict (3, 5, 3): (3, 5, 4), first 5 steps right: True, all right: True
    torch: Dense on 3-D, predict (3, 5, 3): (3, 5, 4), first 5 steps right: True, all right: True
    torch: TimeDistributed, predict (7, 5, 3): (7, 5, 4), first 5 steps right: True, all right: True
    torch: run_eagerly=True, predict (7, 5, 3): (7, 5, 4), first 5 steps right: True, all right: True
    torch: Dense on 3-D, predict (7, 5, 3): (7, 5, 4), first 5 steps right: True, all right: True
    torch: TimeDistributed, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    torch: run_eagerly=True, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    torch: Dense on 3-D, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    torch: 6 steps in Input, predict (3, 6, 3): (3, 6, 4), first 6 steps right: True, all right: True
    torch: TimeDistributed, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    torch: run_eagerly=True, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    torch: Dense on 3-D, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    torch: 6 steps in Input, predict (7, 6, 3): (7, 6, 4), first 6 steps right: True, all right: True
    torch: TimeDistributed, fit on 5 steps: trains
    torch: TimeDistributed, fit on 6 steps: trains
    torch: run_eagerly=True, fit on 5 steps: trains
    torch: run_eagerly=True, fit on 6 steps: trains
    torch: TimeDistributed, first fit, tf.data with steps None: trains
    torch: 6 steps in Input, first fit, tf.data with steps None: trains
    """


report(printed)
# --8<-- [end:runner]
