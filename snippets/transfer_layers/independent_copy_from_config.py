import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, activation="relu", name="body")(x)
old = keras.Model(x, keras.layers.Dense(3, name="head")(h), name="old")
source = old.get_layer("body")

# One layer, no clone of the whole model: config -> new layer -> build -> values.
config = source.get_config()
config["name"] = "body_copy"  # a name of its own, so it can sit next to "body"
body = keras.layers.Dense.from_config(config)
body.build((None, 4))  # the input shape the weights were made for
body.set_weights(source.get_weights())

x2 = keras.Input((4,), name="x2")
new = keras.Model(x2, keras.layers.Dense(1, name="new_head")(body(x2)), name="new")
body.trainable = False

print("copy:", body.name, body.get_config()["activation"], body.kernel.shape)
#> copy: body_copy relu (4, 8)
print("equal values:", np.array_equal(body.get_weights()[0], source.get_weights()[0]))
#> equal values: True
print("same kernel variable:", body.kernel is source.kernel)
#> same kernel variable: False
print("original still trainable:", source.trainable)
#> original still trainable: True
