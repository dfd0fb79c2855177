import keras

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, activation="relu", name="body")(x)
old = keras.Model(x, keras.layers.Dense(3, name="head")(h), name="old")

twin = keras.models.clone_model(old)  # clones keep the names
twin.set_weights(old.get_weights())
body, body_copy = old.get_layer("body"), twin.get_layer("body")

z = keras.Input((4,), name="z")
try:  # the original and its copy side by side in one model
    keras.Model(z, keras.layers.Concatenate(name="cat")([body(z), body_copy(z)]))
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(". ")[0])
    #> error: ValueError - The name "body" is used 2 times in the model

body_copy.name = "body_copy"  # rename the copy, then build again
both = keras.Model(z, keras.layers.Concatenate(name="cat")([body(z), body_copy(z)]))
print("layers:", [layer.name for layer in both.layers])
#> layers: ['z', 'body', 'body_copy', 'cat']
print("the copy's variables keep their path:", body_copy.kernel.path)
#> the copy's variables keep their path: body/kernel
