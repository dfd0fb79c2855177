import os
import tempfile

import keras

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")

with tempfile.TemporaryDirectory() as tmp:
    try:
        model.save_weights(os.path.join(tmp, "w.h5"))
    except ValueError as e:
        print("save_weights error:", type(e).__name__, "-", str(e).split(". ")[0])
        #> save_weights error: ValueError - The filename must end in `.weights.h5`
    try:
        model.save(os.path.join(tmp, "m"))  # save() wants .keras (or legacy .h5)
    except ValueError as e:
        print("save error:", type(e).__name__, "-", str(e).split(". ")[0])
        #> save error: ValueError - Invalid filepath extension for saving
    print("files after the errors:", os.listdir(tmp))
    #> files after the errors: []
    model.save_weights(os.path.join(tmp, "w.weights.h5"))
    model.save(os.path.join(tmp, "m.keras"))
    print("files:", sorted(os.listdir(tmp)))
    #> files: ['m.keras', 'w.weights.h5']
