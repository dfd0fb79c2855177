import os
import tempfile

import keras

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")

with tempfile.TemporaryDirectory() as tmp:
    try:
        model.save_weights(os.path.join(tmp, "w.h5"))
    except ValueError as e:
        print(type(e).__name__, str(e).split(". ")[0])
        #> ValueError The filename must end in `.weights.h5`
    try:
        model.save(os.path.join(tmp, "m"))  # save() wants a .keras file
    except ValueError as e:
        print(type(e).__name__, str(e).split(".")[0])
        #> ValueError Invalid filepath extension for saving
    model.save_weights(os.path.join(tmp, "w.weights.h5"))
    model.save(os.path.join(tmp, "m.keras"))
    print(sorted(os.listdir(tmp)))
    #> ['m.keras', 'w.weights.h5']
