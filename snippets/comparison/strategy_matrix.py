# --8<-- [start:setup]
import copy
import os
import pickle
import tempfile
import textwrap

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.ones((1, 3), "float32")


class Tiny(keras.Model):  # a plain subclass: no get_config, not registered
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(2)

    def call(self, inputs):
        return self.dense(inputs)


def build(name):  # one small model, written three ways, built
    if name == "tiny":
        model = Tiny(name=name)
    elif name == "repeat":  # a Sequential that lists one layer twice
        block = keras.layers.Dense(3)
        model = keras.Sequential([block, block], name=name)
    else:
        model = keras.Sequential([keras.layers.Dense(2)], name=name)
    model(x)
    return model


def trained(name):  # a source: compiled, after one optimizer step
    model = build(name)
    model.compile(optimizer=keras.optimizers.SGD(0.1, momentum=0.9), loss="mse")
    step(model)
    return model


def step(model):  # one SGD step with a gradient of ones
    variables = model.trainable_variables
    model.optimizer.apply([keras.ops.ones(v.shape) for v in variables], variables)


def equal(xs, ys):  # values, variable by variable
    numpy = keras.ops.convert_to_numpy
    return all(np.array_equal(numpy(a), numpy(b)) for a, b in zip(xs, ys, strict=True))


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


def repeat_kind(src, dst):  # src lists one layer twice; does the copy?
    dst(x)
    if len(dst.layers) < len(src.layers):
        return "lost"
    return "kept" if dst.layers[0] is dst.layers[1] else "untied"


# --8<-- [end:setup]


# --8<-- [start:strategies]
def clone_set_weights(m):
    new = keras.models.clone_model(m)
    new(x)  # build it before set_weights
    new.set_weights(m.get_weights())
    return new


def set_weights(m):  # a built twin, then copy the values
    new = build(m.name)
    new.set_weights(m.get_weights())
    return new


def assign(m):  # a built twin, then assign variable by variable
    new = build(m.name)
    for mine, theirs in zip(new.weights, m.weights, strict=True):
        mine.assign(keras.ops.copy(theirs))  # on JAX a plain assign shares the array
    return new


def save_load(m):
    with tempfile.TemporaryDirectory() as tmp:
        m.save(os.path.join(tmp, "m.keras"))
        return keras.models.load_model(os.path.join(tmp, "m.keras"))


STRATEGIES = {
    "new instance": lambda m: build(m.name),
    "from_config": lambda m: type(m).from_config(m.get_config()),
    "clone_model": keras.models.clone_model,
    "clone+set_weights": clone_set_weights,
    "copy.deepcopy": copy.deepcopy,
    "copy.copy": copy.copy,
    "pickle": lambda m: pickle.loads(pickle.dumps(m)),
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
def attempt(column, name, measure, source):  # the measure, or the error's name
    try:
        return measure(source, STRATEGIES[name](source))
    except (TypeError, ValueError) as e:
        why = f"{name} on the {column}: {type(e).__name__} - {str(e).split('. ')[0]}"
        errors.extend(textwrap.wrap(why, 78, subsequent_indent="  "))
        return type(e).__name__


yes = {True: "yes", False: "no"}
row = "{:<18} | {:<7} | {:<5} | {:<7} | {:<9} | {:<10} | {}".format
print(row("strategy", "weights", "equal", "follows", "optimizer", "subclass", "repeat"))
#> strategy           | weights | equal | follows | optimizer | subclass   | repeat
errors = []
for name, strategy in STRATEGIES.items():
    src = trained("sequential")
    dst = strategy(src)
    kind = weight_kind(src, dst)  # fresh, copied or shared
    start = equal(src.weights, dst.weights)
    opt = optimizer_kind(src, dst)
    step(src)  # one more step, on the source only
    follows = equal(src.weights, dst.weights)
    on_subclass = attempt("subclass", name, weight_kind, trained("tiny"))
    repeat = attempt("repeat", name, repeat_kind, build("repeat"))  # see setup
    print(row(name, kind, yes[start], yes[follows], opt, on_subclass, repeat))
    #> new instance       | fresh   | no    | no      | none      | fresh      | kept
    #> from_config        | fresh   | no    | no      | none      | fresh      | lost
    #> clone_model        | fresh   | no    | no      | fresh     | fresh      | kept
    #> clone+set_weights  | copied  | yes   | no      | fresh     | copied     | kept
    #> copy.deepcopy      | copied  | yes   | no      | copied    | TypeError  | lost
    #> copy.copy          | copied  | yes   | no      | copied    | TypeError  | lost
    #> pickle             | copied  | yes   | no      | copied    | TypeError  | lost
    #> save+load_model    | copied  | yes   | no      | copied    | TypeError  | lost
    #> set_weights        | copied  | yes   | no      | none      | copied     | kept
    #> assign             | copied  | yes   | no      | none      | copied     | kept
    #> same instance      | shared  | yes   | yes     | shared    | shared     | kept
    #> clone, fn=identity | shared  | yes   | yes     | fresh     | ValueError | kept
for line in errors:  # every strategy that raised, and why
    print(line)
    #> copy.deepcopy on the subclass: TypeError - Could not locate class 'Tiny'
    #> copy.copy on the subclass: TypeError - Could not locate class 'Tiny'
    #> pickle on the subclass: TypeError - Could not locate class 'Tiny'
    #> save+load_model on the subclass: TypeError - Could not locate class 'Tiny'
    #> clone, fn=identity on the subclass: ValueError - Arguments `clone_function`
    #>   and `input_tensors` are only supported for Sequential models or Functional
    #>   models
# --8<-- [end:matrix]
