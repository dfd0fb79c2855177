import textwrap

import keras

src = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)], name="src")
dst = keras.Sequential([keras.layers.Dense(4)], name="dst")  # no Input: not built

print("built:", dst.built, "| variables:", len(dst.weights))
#> built: False | variables: 0
try:
    dst.set_weights(src.get_weights())
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: ValueError - You called `set_weights(weights)` on layer 'dst' with [...]
    print("then:", str(e).split(", but ")[1])
    #> then: the layer was expecting 0 weights.

dst.build((None, 3))  # build it first, then copy
dst.set_weights(src.get_weights())
print("variables after build:", len(dst.weights))
#> variables after build: 2
