import keras

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, activation="relu", name="body")(x)
old = keras.Model(x, keras.layers.Dense(3, name="head")(h), name="old")

x2 = keras.Input((4,), name="x2")
body = old.get_layer("body")
new = keras.Model(x2, keras.layers.Dense(1, name="new_head")(body(x2)), name="new")

print("old trainable weights before:", len(old.trainable_weights))
#> old trainable weights before: 4
new.get_layer("body").trainable = False  # meant for the new model only
print("old body trainable:", old.get_layer("body").trainable)
#> old body trainable: False
print("old trainable weights after:", len(old.trainable_weights))
#> old trainable weights after: 2
