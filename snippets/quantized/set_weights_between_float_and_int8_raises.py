import os
import tempfile

import keras


def build():
    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(8, name="hidden")(inputs)
    return keras.Model(inputs, keras.layers.Dense(2, name="head")(hidden))


def set_weights_error(dst, src):
    try:
        dst.set_weights(src.get_weights())
    except ValueError as e:
        return "ValueError - " + str(e)[str(e).index("length") :].rstrip(".")


float_model, int8_model = build(), build()
int8_model.quantize("int8")
print("get_weights:", len(float_model.get_weights()), len(int8_model.get_weights()))
#> get_weights: 4 6
print("float -> int8:", set_weights_error(int8_model, float_model))
#> float -> int8: ValueError - length 4, but the layer was expecting 6 weights
print("int8 -> float:", set_weights_error(float_model, int8_model))
#> int8 -> float: ValueError - length 6, but the layer was expecting 4 weights

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "float.weights.h5")
    float_model.save_weights(path)
    try:
        int8_model.load_weights(path)
    except ValueError as e:
        message = str(e).split("\n")[2].split(" during")[0].split("' ")[1]
        print("load_weights:", type(e).__name__, "-", message)
        #> load_weights: ValueError - expected 3 variables, but received 2 variables
