import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)


def make():
    x = keras.Input((4,), name="x")
    return keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")


model = make()
model.compile(optimizer="adam", loss="mse")
model.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=2, verbose=0)
twin = make()  # the same architecture, built by your own code

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "w.weights.h5")
    model.save_weights(path)  # the values only
    twin.load_weights(path)

pairs = zip(model.weights, twin.weights)
print([np.array_equal(a.numpy(), b.numpy()) for a, b in pairs])
#> [True, True]
print(twin.get_layer("head").kernel is model.get_layer("head").kernel)
#> False
print(twin.compiled)  # no compile config, no optimizer state
#> False
