import keras
import numpy as np


def holds(layer, arrays):  # the layer's weights equal the given arrays
    pairs = zip(layer.get_weights(), arrays, strict=True)  # as many of each
    return all(np.array_equal(w, a) for w, a in pairs)


kernel, bias = np.full((3, 2), 0.5, "float32"), np.array([1.0, 2.0], "float32")
try:
    keras.layers.Dense(2, weights=[kernel, bias])
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(": {")[0])
    #> error: ValueError - Unrecognized keyword arguments passed to Dense

matrix = np.arange(12, dtype="float32").reshape(4, 3)
emb = keras.layers.Embedding(4, 3, weights=matrix)  # Embedding has the argument
print("Embedding(weights=): built", emb.built, "| given values:", holds(emb, [matrix]))
#> Embedding(weights=): built True | given values: True
ones = [np.ones(s, "float32") for s in [(3, 8), (2, 8), (8,)] * 2]
bi = keras.layers.Bidirectional(keras.layers.LSTM(2), weights=ones)  # no error
bi.build((None, 4, 3))
print("Bidirectional(weights=): no error | given values:", holds(bi, ones))
#> Bidirectional(weights=): no error | given values: False
bi.set_weights(ones)  # what works for every layer: build, then set_weights
print("Bidirectional, build + set_weights:", holds(bi, ones))
#> Bidirectional, build + set_weights: True
dense = keras.layers.Dense(2)
dense.build((None, 3))
dense.set_weights([kernel, bias])
print("Dense, build + set_weights:", holds(dense, [kernel, bias]))
#> Dense, build + set_weights: True
Constant = keras.initializers.Constant  # or start from initializers
start = keras.layers.Dense(
    2, kernel_initializer=Constant(kernel), bias_initializer=Constant(bias)
)
start.build((None, 3))
print("Dense, Constant initializers:", holds(start, [kernel, bias]))
#> Dense, Constant initializers: True
