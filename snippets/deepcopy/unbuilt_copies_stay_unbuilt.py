import copy
import pickle

import keras

layer = keras.layers.Dense(3, name="dense")  # no weights yet
copies = {
    "copy.deepcopy": copy.deepcopy(layer),
    "copy.copy": copy.copy(layer),
    "pickle": pickle.loads(pickle.dumps(layer)),
}
for route, dup in copies.items():
    print(f"{route}:", type(dup).__name__, dup.name, dup.units, "built:", dup.built)
    #> copy.deepcopy: Dense dense 3 built: False
    #> copy.copy: Dense dense 3 built: False
    #> pickle: Dense dense 3 built: False

dup = copy.deepcopy(layer)
dup.build((None, 2))  # building the copy...
print("copy built:", dup.built, "source built:", layer.built)  # ...not the source
#> copy built: True source built: False
