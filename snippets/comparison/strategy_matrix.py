import copy
import os
import tempfile
import textwrap

import keras
import numpy as np

# --8<-- [start:setup]
keras.utils.set_random_seed(0)
x = np.ones((1, 3), "float32")


class Tiny(keras.Model):  # a plain subclass: no get_config, not registered
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(2)

    def call(self, inputs):
        return self.dense(inputs)


def build(subclassed):  # one small architecture, written two ways, built
    model = Tiny() if subclassed else keras.Sequential([keras.layers.Dense(2)])
    model(x)
    return model


def trained(subclassed):  # the source: compiled, after one optimizer step
    model = build(subclassed)
    model.compile(optimizer=keras.optimizers.SGD(0.1, momentum=0.9), loss="mse")
    step(model)
    return model


def step(model):  # one SGD step with a gradient of ones
    variables = model.trainable_variables
    model.optimizer.apply([keras.ops.ones_like(v) for v in variables], variables)


def equal(xs, ys):  # values, variable by variable
    return all(np.array_equal(a, b) for a, b in zip(xs, ys, strict=True))


def weight_kind(src, dst):
    dst(x)  # builds a copy that came back unbuilt
    if all(a is b for a, b in zip(src.weights, dst.weights, strict=True)):
        return "shared"
    return "copied" if equal(src.weights, dst.weights) else "fresh"


def optimizer_kind(src, dst):
    mine = getattr(dst, "optimizer", None)  # absent until compile()
    if mine is None or mine is src.optimizer:
        return "none" if mine is None else "shared"
    return "copied" if equal(src.optimizer.variables, mine.variables) else "fresh"


# --8<-- [end:setup]


# --8<-- [start:strategies]
def clone_set_weights(m):
    new = keras.models.clone_model(m)
    new(x)  # build it before set_weights
    new.set_weights(m.get_weights())
    return new


def set_weights(m):  # a built twin, then copy the values
    new = build(isinstance(m, Tiny))
    new.set_weights(m.get_weights())
    return new


def assign(m):  # a built twin, then assign variable by variable
    new = build(isinstance(m, Tiny))
    for mine, theirs in zip(new.weights, m.weights, strict=True):
        mine.assign(theirs)
    return new


def save_load(m):
    with tempfile.TemporaryDirectory() as tmp:
        m.save(os.path.join(tmp, "m.keras"))
        return keras.models.load_model(os.path.join(tmp, "m.keras"))


STRATEGIES = {
    "new instance": lambda m: build(isinstance(m, Tiny)),
    "from_config": lambda m: type(m).from_config(m.get_config()),
    "clone_model": keras.models.clone_model,
    "clone+set_weights": clone_set_weights,
    "copy.deepcopy": copy.deepcopy,
    "copy.copy": copy.copy,
    "save+load_model": save_load,
    "set_weights": set_weights,
    "assign": assign,
    "same instance": lambda m: m,
    "clone, fn=identity": lambda m: keras.models.clone_model(
        m, clone_function=lambda layer: layer
    ),
}
# --8<-- [end:strategies]

# --8<-- [start:matrix]
yes = {True: "yes", False: "no"}
row = "{:<20}{:<8}{:<7}{:<9}{:<11}{}".format  # one aligned line per strategy
print(row("strategy", "weights", "equal", "follows", "optimizer", "subclass"))
#> strategy            weights equal  follows  optimizer  subclass
errors = {}
for name, strategy in STRATEGIES.items():
    src = trained(False)
    dst = strategy(src)
    kind = weight_kind(src, dst)  # fresh, copied or shared
    start = equal(src.weights, dst.weights)
    opt = optimizer_kind(src, dst)
    step(src)  # one more step, on the source only
    follows = equal(src.weights, dst.weights)
    try:  # the same strategy on the subclassed model
        sub = trained(True)
        on_subclass = weight_kind(sub, strategy(sub))
    except (TypeError, ValueError) as e:
        on_subclass = type(e).__name__
        errors[on_subclass] = textwrap.shorten(
            str(e).split(". ")[0], 68, placeholder=""
        )
    print(row(name, kind, yes[start], yes[follows], opt, on_subclass))
    #> new instance        fresh   no     no       none       fresh
    #> from_config         fresh   no     no       none       fresh
    #> clone_model         fresh   no     no       fresh      fresh
    #> clone+set_weights   copied  yes    no       fresh      copied
    #> copy.deepcopy       copied  yes    no       copied     TypeError
    #> copy.copy           copied  yes    no       copied     TypeError
    #> save+load_model     copied  yes    no       copied     TypeError
    #> set_weights         copied  yes    no       none       copied
    #> assign              copied  yes    no       none       copied
    #> same instance       shared  yes    yes      shared     shared
    #> clone, fn=identity  shared  yes    yes      fresh      ValueError
for error, message in errors.items():
    print(f"{error}: {message}")
    #> TypeError: Could not locate class 'Tiny'
    #> ValueError: Arguments `clone_function` and `input_tensors` are only supported
# --8<-- [end:matrix]
