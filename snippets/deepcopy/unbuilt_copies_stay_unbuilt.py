import copy
import pickle

import keras

layer = keras.layers.Dense(3, name="dense")  # no weights yet
for dup in (copy.deepcopy(layer), copy.copy(layer), pickle.loads(pickle.dumps(layer))):
    print(type(dup).__name__, dup.name, dup.units, dup.built)
    #> Dense dense 3 False
    #> Dense dense 3 False
    #> Dense dense 3 False

dup = copy.deepcopy(layer)
dup.build((None, 2))  # building the copy...
print(dup.built, layer.built)  # ...does not build the source
#> True False
