import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, activation="relu", name="body")(x)
old = keras.Model(x, keras.layers.Dense(3, name="head")(h), name="old")

# Transfer learning the direct way: call old's layer in a new model.
body = old.get_layer("body")
x2 = keras.Input((4,), name="x2")
new = keras.Model(x2, keras.layers.Dense(1, name="new_head")(body(x2)), name="new")

print("same layer object:", new.get_layer("body") is body)
#> same layer object: True
print("same kernel variable:", new.get_layer("body").kernel is body.kernel)
#> same kernel variable: True

# The Sequential way (old.layers[:-1]: the input and body, without the head) shares too.
b_on_a = keras.Sequential(old.layers[:-1] + [keras.layers.Dense(1, name="b_head")])
print("Sequential shares it too:", b_on_a.get_layer("body") is body)
#> Sequential shares it too: True

before = keras.ops.convert_to_numpy(body.kernel).copy()
new.compile(optimizer="sgd", loss="mse")
new.fit(np.ones((8, 4)), np.zeros((8, 1)), epochs=1, verbose=0)
after = keras.ops.convert_to_numpy(old.get_layer("body").kernel)
print("training new moved old's body:", not np.array_equal(before, after))
#> training new moved old's body: True
