import os
import tempfile
import textwrap

import keras


def build(name):
    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(8, name="hidden")(inputs)
    return keras.Model(inputs, keras.layers.Dense(2, name="head")(hidden), name=name)


def error(call, *args):
    try:
        call(*args)
    except ValueError as e:
        return e


float_model, int8_model = build("float"), build("int8")
int8_model.quantize("int8")
print("get_weights:", len(float_model.get_weights()), len(int8_model.get_weights()))
#> get_weights: 4 6
e = error(int8_model.set_weights, float_model.get_weights())
print("float -> int8:", type(e).__name__, "-", textwrap.shorten(str(e), 57))
#> float -> int8: ValueError - You called `set_weights(weights)` on layer 'int8' [...]
print("then:", str(e).split("list of ")[1])
#> then: length 4, but the layer was expecting 6 weights.
e = error(float_model.set_weights, int8_model.get_weights())
print("int8 -> float:", type(e).__name__, "-", textwrap.shorten(str(e), 57))
#> int8 -> float: ValueError - You called `set_weights(weights)` on layer 'float' [...]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "float.weights.h5")
    float_model.save_weights(path)
    e = error(int8_model.load_weights, path)
print("load_weights:", type(e).__name__, "-", textwrap.shorten(str(e), 58))
#> load_weights: ValueError - A total of 2 objects could not be loaded. Example [...]
print("then:", str(e).split("\n")[2].split(" during")[0])
#> then: Layer 'hidden' expected 3 variables, but received 2 variables
