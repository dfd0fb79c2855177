import keras
import numpy as np


def sequential():  # the same code, called twice below
    return keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")])


def functional():
    inputs = keras.Input((3,))
    return keras.Model(inputs, keras.layers.Dense(2, name="d")(inputs))


for build in [sequential, functional]:
    source, target = build(), build()
    paths = {v.path for v in source.weights}
    matched = sum(v.path in paths for v in target.weights)
    print(f"{build.__name__}, paths that match: {matched} of {len(target.weights)}")
    #> sequential, paths that match: 0 of 2
    #> functional, paths that match: 2 of 2

source, target = sequential(), sequential()
print("model name starts the path:", source.weights[0].path.startswith(source.name))
#> model name starts the path: True

# Pair the layers by name, then their variables by name:
for layer in target.layers:
    by_name = {v.name: v for v in source.get_layer(layer.name).weights}
    for variable in layer.weights:
        variable.assign(by_name[variable.name])
pairs = zip(source.get_weights(), target.get_weights())
print("copied by layer and variable name:", all(np.array_equal(*p) for p in pairs))
#> copied by layer and variable name: True
