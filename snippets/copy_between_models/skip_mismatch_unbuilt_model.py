import os
import tempfile

import keras

x = keras.Input((4,), name="x")
src = keras.Model(x, keras.layers.Dense(3, name="head")(x), name="src")
unbuilt = keras.Sequential([keras.layers.Dense(3, name="head")], name="unbuilt")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "src.weights.h5")
    src.save_weights(path)
    try:  # no Input, never called: there are no variables to load into
        unbuilt.load_weights(path, skip_mismatch=True)
    except ValueError as e:
        print("unbuilt:", type(e).__name__, "-", str(e).split(" that")[0])
        #> unbuilt: ValueError - You are loading weights into a model
        print("then:", str(e).split(". ")[0].split("model ")[1])
        #> then: that has not yet been built
    unbuilt.build((None, 4))  # or keras.Input in the Sequential, or a call on data
    unbuilt.load_weights(path)
    print("variables loaded after build:", len(unbuilt.weights))
    #> variables loaded after build: 2
