import keras

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, name="dense_a")(x)
src = keras.Model(x, keras.layers.Dense(3, name="dense_b")(h), name="src")

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, name="encoder")(x)
dst = keras.Model(x, keras.layers.Dense(3, name="classifier")(h), name="dst")

try:  # a wrong entry in the mapping: the head's weights into the encoder
    dst.get_layer("encoder").set_weights(src.get_layer("dense_b").get_weights())
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(" is not")[0])
    #> error: ValueError - Layer encoder weight shape (4, 8)
    print("then:", str(e).split("(4, 8) ")[1])
    #> then: is not compatible with provided weight shape (8, 3).

try:  # a name that is not in the model
    src.get_layer("encoder")
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(" Existing")[0])
    #> error: ValueError - No such layer: encoder.
