import os
import tempfile

import keras

# No Input: the model does not know its input shape, so it has no weights yet
model = keras.Sequential([keras.layers.Dense(2, name="hidden"), keras.layers.Dense(1)])
path = os.path.join(tempfile.mkdtemp(), "model.weights.h5")
print("built:", model.built, "weights:", len(model.weights))
#> built: False weights: 0
print("get_weights(), no error:", model.get_weights())  # an empty list
#> get_weights(), no error: []
try:
    model.save_weights(path)
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(". ")[0])
    #> error: ValueError - You are saving a model that has not yet been built

model.build((None, 3))  # or call it on data, or start with keras.Input((3,))
print("built:", model.built, "weights:", len(model.weights))
#> built: True weights: 4
model.save_weights(path)
print("saved; parameters:", model.count_params())
#> saved; parameters: 11
