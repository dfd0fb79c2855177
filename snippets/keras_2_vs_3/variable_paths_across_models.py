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

# Pair the layers by name; inside a layer, keep its own order (variable names repeat
# inside some layers, e.g. MultiHeadAttention, Bidirectional):
for layer in target.layers:
    layer.set_weights(source.get_layer(layer.name).get_weights())
pairs = zip(source.get_weights(), target.get_weights())
print("copied layer by layer, by name:", all(np.array_equal(*p) for p in pairs))
#> copied layer by layer, by name: True

mha = keras.layers.MultiHeadAttention(num_heads=2, key_dim=4)
mha(np.ones((1, 3, 8)), np.ones((1, 3, 8)))  # builds it
names = [v.name for v in mha.weights]
print("MultiHeadAttention variables:", len(names), "| distinct names:", len(set(names)))
#> MultiHeadAttention variables: 8 | distinct names: 2
