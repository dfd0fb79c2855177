# --8<-- [start:recipe]
def program():
    import re

    import keras
    import numpy as np

    x, ops = np.ones((4, 3)), keras.ops
    copies = {  # each copies the weights of model src into model dst
        "t.assign(s)": lambda t, s: t.assign(s),  # on JAX, t holds the array of s
        "t.assign(s.value)": lambda t, s: t.assign(s.value),
        "t.assign(convert_to_tensor(s))": (
            lambda t, s: t.assign(ops.convert_to_tensor(s))
        ),
        "dst.set_weights(src.weights)": lambda dst, src: dst.set_weights(src.weights),
        "layer.set_weights(other.weights)": (
            lambda dst, src: dst.layers[0].set_weights(src.layers[0].weights)
        ),
        "dst.set_weights(src.get_weights())": (
            lambda dst, src: dst.set_weights(src.get_weights())
        ),
        "t.assign(ops.copy(s))": lambda t, s: t.assign(ops.copy(s)),  # its own array
    }
    reads = {  # what dst does next
        "predict": lambda dst: dst.predict(x, verbose=0),
        "get_weights()": lambda dst: dst.get_weights(),
        "dst(x)": lambda dst: dst(x),
    }
    runs = [(how, "predict") for how in copies]  # each with two new models
    runs[1:1] = [("t.assign(s)", "get_weights()"), ("t.assign(s)", "dst(x)")]
    shared, failed = set(), set()
    for how, read in runs:
        src = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
        dst = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
        src(x), dst(x)  # both models called once, as in use
        if how.startswith("t."):
            for t, s in zip(dst.weights, src.weights):
                copies[how](t, s)
        else:
            copies[how](dst, src)
        if dst.weights[0].value is src.weights[0].value:
            shared.add(how)
        src.predict(x, verbose=0)  # any compiled step: predict, evaluate or fit
        label = how if read == "predict" else f"then {read}"  # after t.assign(s)
        try:
            reads[read](dst)
            print(f"{label}: works")
        except (RuntimeError, ValueError) as e:
            failed.add(how)
            lines = re.sub(r"\x1b\[\d+m", "", str(e)).split("\n")  # without bold
            first = lines[0].split(" with")[0].rstrip(".")  # no shape
            print(f"{label}: {type(e).__name__} {first}")
            if "donated" in str(e):  # JAX's message, under Keras's first line
                print("then:", lines[2].split("INVALID_ARGUMENT: ")[-1])
    n = f"{len(shared)} of {len(copies)}"  # dst's kernel is the array of src's
    print("forms that share the array:", n, "| exactly those fail:", shared == failed)


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
        #> tensorflow: t.assign(s): works
        #> tensorflow: then get_weights(): works
        #> tensorflow: then dst(x): works
        #> tensorflow: t.assign(s.value): works
        #> tensorflow: t.assign(convert_to_tensor(s)): works
        #> tensorflow: dst.set_weights(src.weights): works
        #> tensorflow: layer.set_weights(other.weights): works
        #> tensorflow: dst.set_weights(src.get_weights()): works
        #> tensorflow: t.assign(ops.copy(s)): works
        #> tensorflow: forms that share the array: 0 of 7 | exactly those fail: True
        #> jax: t.assign(s): RuntimeError Array has been deleted
        #> jax: then get_weights(): RuntimeError Array has been deleted
        #> jax: then dst(x): ValueError Exception encountered when calling Dense.call()
        #> jax: then: Buffer has been deleted or donated.
        #> jax: t.assign(s.value): RuntimeError Array has been deleted
        #> jax: t.assign(convert_to_tensor(s)): RuntimeError Array has been deleted
        #> jax: dst.set_weights(src.weights): RuntimeError Array has been deleted
        #> jax: layer.set_weights(other.weights): RuntimeError Array has been deleted
        #> jax: dst.set_weights(src.get_weights()): works
        #> jax: t.assign(ops.copy(s)): works
        #> jax: forms that share the array: 5 of 7 | exactly those fail: True
        #> torch: t.assign(s): works
        #> torch: then get_weights(): works
        #> torch: then dst(x): works
        #> torch: t.assign(s.value): works
        #> torch: t.assign(convert_to_tensor(s)): works
        #> torch: dst.set_weights(src.weights): works
        #> torch: layer.set_weights(other.weights): works
        #> torch: dst.set_weights(src.get_weights()): works
        #> torch: t.assign(ops.copy(s)): works
        #> torch: forms that share the array: 0 of 7 | exactly those fail: True
# --8<-- [end:runner]
