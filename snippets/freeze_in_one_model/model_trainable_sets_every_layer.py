import keras

x = keras.Input((3,))
body = keras.layers.Dense(4, name="body")
model = keras.Model(x, keras.layers.Dense(1, name="head")(body(x)), name="model")
other = keras.Model(x, keras.layers.Dense(1, name="other_head")(body(x)))


def flags(m):
    return {layer.name: layer.trainable for layer in m.layers if layer.weights}


print("before:", flags(model), "| trainable weights:", len(model.trainable_weights))
#> before: {'body': True, 'head': True} | trainable weights: 4
model.trainable = False
print("after model.trainable = False:", flags(model))
#> after model.trainable = False: {'body': False, 'head': False}
counts = len(model.trainable_weights), len(model.non_trainable_weights)
print("trainable, non-trainable weights:", *counts, "| kernel:", body.kernel.trainable)
#> trainable, non-trainable weights: 0 4 | kernel: False
print("the other model, which shares body:", flags(other))
#> the other model, which shares body: {'body': False, 'other_head': True}

model.trainable = True
body.trainable = False  # freeze one layer on its own
print("body frozen on its own:", flags(model), "| model:", model.trainable)
#> body frozen on its own: {'body': False, 'head': True} | model: True
print("trainable weights:", len(model.trainable_weights))
#> trainable weights: 2
model.trainable = False  # freeze everything for a while...
model.trainable = True  # ...then unfreeze it: body's own freeze is gone
print("after model.trainable False, then True:", flags(model))
#> after model.trainable False, then True: {'body': True, 'head': True}
