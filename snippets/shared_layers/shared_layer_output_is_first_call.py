import keras

encoder = keras.layers.Dense(2, name="encoder")
a = keras.Input((3,), name="a")
b = keras.Input((3,), name="b")
za = encoder(a)
zb = encoder(b)

# A layer called twice has two outputs, but .output/.input give the first only.
print("output is za:", encoder.output is za, "| output is zb:", encoder.output is zb)
#> output is za: True | output is zb: False
print("input is a:", encoder.input is a, "| input is b:", encoder.input is b)
#> input is a: True | input is b: False

# Keep the tensors you create, and build models from them.
right = keras.Model(b, zb, name="right")
print("right uses the shared encoder:", right.get_layer("encoder") is encoder)
#> right uses the shared encoder: True
