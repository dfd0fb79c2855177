import copy

import keras

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
model.notes = {"run": 7}  # a plain Python attribute, not in any config
model.get_layer("head").tag = "frozen-later"

dup = copy.deepcopy(model)  # rebuilt from config + weights
print("copy has model.notes:", hasattr(dup, "notes"))
#> copy has model.notes: False
print("copy has head.tag:", hasattr(dup.get_layer("head"), "tag"))
#> copy has head.tag: False
