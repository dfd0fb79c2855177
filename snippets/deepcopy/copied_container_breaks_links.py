import copy

import keras

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
state = {"model": model, "head": model.get_layer("head")}
linked = state["head"] is state["model"].get_layer("head")
print("source: head is the model's layer:", linked)
#> source: head is the model's layer: True

dup = copy.deepcopy(state)  # each Keras object is saved and loaded on its own
print("copy: head is the model's layer:", dup["head"] is dup["model"].get_layer("head"))
#> copy: head is the model's layer: False
twice = copy.deepcopy([model, model])  # the same object twice is copied once
print("one object listed twice, copied once:", twice[0] is twice[1])
#> one object listed twice, copied once: True
