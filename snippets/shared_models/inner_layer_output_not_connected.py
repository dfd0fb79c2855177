import textwrap

import keras

encoder = keras.Sequential(
    [
        keras.Input((3,)),
        keras.layers.Dense(4, activation="relu", name="hidden"),
        keras.layers.Dense(2, name="embedding"),
    ],
    name="encoder",
)
a = keras.Input((3,), name="a")
b = keras.Input((3,), name="b")
siamese = keras.Model([a, b], [encoder(a), encoder(b)], name="siamese")

# .output of an inner layer belongs to the encoder's own graph, not to a or b.
hidden = siamese.get_layer("encoder").get_layer("hidden").output
try:
    keras.Model([a, b], hidden)
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: ValueError - Output with path `` is not connected to `inputs`

# Build a feature model on the encoder's own input, then call it per branch.
features = keras.Model(encoder.inputs, hidden, name="features")
probe = keras.Model([a, b], [features(a), features(b)], name="probe")
print("same hidden layer:", features.get_layer("hidden") is encoder.get_layer("hidden"))
#> same hidden layer: True
print("probe params:", probe.count_params())  # the hidden layer's 3*4 + 4, once
#> probe params: 16
