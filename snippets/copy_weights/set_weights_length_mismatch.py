import textwrap

import keras

src = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)], name="src")
deeper = keras.Sequential(
    [keras.Input((3,)), keras.layers.Dense(4), keras.layers.Dense(1)], name="deeper"
)

print("arrays from src:", len(src.get_weights()))
#> arrays from src: 2
print("variables in deeper:", len(deeper.weights))
#> variables in deeper: 4
try:
    deeper.set_weights(src.get_weights())  # 2 arrays for 4 variables
except ValueError as e:
    error = e
print("error:", type(error).__name__, "-", textwrap.shorten(str(error), 64))
#> error: ValueError - You called `set_weights(weights)` on layer 'deeper' with a [...]
print("then:", str(error).split(" with a ", 1)[1])
#> then: weight list of length 2, but the layer was expecting 4 weights.
