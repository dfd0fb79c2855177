import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, activation="relu", name="body")(x)
old = keras.Model(x, keras.layers.Dense(3, name="head")(h), name="old")

twin = keras.models.clone_model(old)  # new layers, new variables
twin.set_weights(old.get_weights())  # old's values in them
body = twin.get_layer("body")

x2 = keras.Input((4,), name="x2")
new = keras.Model(x2, keras.layers.Dense(1, name="new_head")(body(x2)), name="new")
new.get_layer("body").trainable = False

old_body = old.get_layer("body")
equal = np.array_equal(body.get_weights()[0], old_body.get_weights()[0])
print("copy starts equal:", equal)
#> copy starts equal: True
print("same kernel variable:", body.kernel is old_body.kernel)
#> same kernel variable: False
print("old body still trainable:", old_body.trainable)
#> old body still trainable: True
