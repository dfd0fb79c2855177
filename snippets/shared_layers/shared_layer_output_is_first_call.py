import keras

encoder = keras.layers.Dense(2, name="encoder")
a = keras.Input((3,), name="a")
b = keras.Input((3,), name="b")
za = encoder(a)
zb = encoder(b)

# A layer called twice has two outputs, but .output/.input give the first only.
print(encoder.output is za, encoder.output is zb)
#> True False
print(encoder.input is a, encoder.input is b)
#> True False

# Keep the tensors you create, and build models from them.
right = keras.Model(b, zb, name="right")
print(right.get_layer("encoder") is encoder)
#> True
