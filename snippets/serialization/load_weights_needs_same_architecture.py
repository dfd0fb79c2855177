import os
import tempfile
import warnings

import keras


def make(units):
    x = keras.Input((4,), name="x")
    return keras.Model(x, keras.layers.Dense(units, name="head")(x), name="net")


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "w.weights.h5")
    make(2).save_weights(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Keras also warns on stderr
            make(3).load_weights(path)  # a 4x3 kernel cannot take a 4x2 one
    except ValueError as e:
        print("error:", type(e).__name__, "-", str(e).split(".")[0])
        #> error: ValueError - A total of 1 objects could not be loaded
        print("message says shapes must match:", "must match" in str(e))
        #> message says shapes must match: True
