import copy

import keras

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
state = {"model": model, "head": model.get_layer("head")}
print(state["head"] is state["model"].get_layer("head"))
#> True

dup = copy.deepcopy(state)  # each Keras object is saved and loaded on its own
print(dup["head"] is dup["model"].get_layer("head"))  # the link is gone
#> False
twice = copy.deepcopy([model, model])  # the same object twice is copied once
print(twice[0] is twice[1])
#> True
