# --8<-- [start:recipe]
def program():
    import os
    import re
    import tempfile

    import keras
    import numpy as np

    def said(e):  # the cause, after Keras's "Exception encountered when calling"
        cause = str(e).split("\n")[2].replace("\x1b[1m", "")
        return "ValueError " + re.sub("`[^`]*`", "`...`", cause)  # a graph name

    def steps(model):  # what a reader does next, with four sequences
        model.get_layer("lstm").use_cudnn = False  # copies are back at "auto"
        model.compile(optimizer="adam", loss="mse")
        x, y, seen = np.ones((4, 5, 2)), np.ones((4, 4)), []
        for batch_size in (None, 1):  # the second without a new compile()
            try:
                model.fit(x, y, batch_size=batch_size, verbose=0)
                seen.append("works")
            except ValueError as e:
                seen.append(said(e) if "\n" in str(e) else f"ValueError {e}")
        model.compile(optimizer="adam", loss="mse")  # compile() again
        model.fit(x, y, batch_size=1, shuffle=False, verbose=0)  # in order
        model.evaluate(x, y, batch_size=1, verbose=0)
        return seen

    lstm = keras.layers.LSTM(4, stateful=True, use_cudnn=False, name="lstm")
    twin = keras.Sequential([keras.Input((None, 2), batch_size=1), lstm])
    path = os.path.join(tempfile.mkdtemp(), "twin.keras")
    twin.save(path)
    copies = keras.models.clone_model(twin), keras.models.load_model(path)
    first, then = steps(twin)
    head, but, rest = first.partition(", but")  # TensorFlow's message goes on
    print("fit():", head)
    if but:
        print("  then: but" + rest.split(".")[0])
    print("then fit(batch_size=1):", then)
    same = all(steps(model) == [first, then] for model in copies)
    print("clone and reloaded copy, the same:", same)
    print("compile(), fit and evaluate with batch_size=1: work")
    state = keras.ops.convert_to_numpy(lstm.states[0])
    print("state after fit and evaluate, not zeros:", bool(state.any()))
    x, y = np.ones((2, 5, 2)), np.ones((2, 4))  # one sequence, twice
    lstm.reset_state()
    one = twin.evaluate(x[:1], y[:1], batch_size=1, verbose=0)
    lstm.reset_state()  # before each independent sequence
    two = twin.evaluate(x, y, batch_size=1, verbose=0)
    print("evaluate carries the state to the next batch:", one != two)


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
    tensorflow: fit(): ValueError Input tensor `...` enters the loop with shape (1, 4)
    tensorflow: then: but has shape (None, 4) after one iteration
    tensorflow: then fit(batch_size=1): ValueError Creating variables on a non-first
    tensorflow: clone and reloaded copy, the same: True
    tensorflow: compile(), fit and evaluate with batch_size=1: work
    tensorflow: state after fit and evaluate, not zeros: True
    tensorflow: evaluate carries the state to the next batch: True
    jax: fit(): ValueError If an RNN is stateful, the batch size of the input sequences
    jax: then fit(batch_size=1): works
    jax: clone and reloaded copy, the same: True
    jax: compile(), fit and evaluate with batch_size=1: work
    jax: state after fit and evaluate, not zeros: False
    jax: evaluate carries the state to the next batch: False
    torch: fit(): ValueError If an RNN is stateful, the batch size of the input
    torch: then fit(batch_size=1): works
    torch: clone and reloaded copy, the same: True
    torch: compile(), fit and evaluate with batch_size=1: work
    torch: state after fit and evaluate, not zeros: True
    torch: evaluate carries the state to the next batch: True
    """


show(printed)
# --8<-- [end:runner]
