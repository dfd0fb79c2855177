import textwrap

import keras

src = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)], name="src")
wider = keras.Sequential([keras.Input((3,)), keras.layers.Dense(5)], name="wider")

print("src shapes:", [w.shape for w in src.get_weights()])
#> src shapes: [(3, 4), (4,)]
print("wider shapes:", [tuple(w.shape) for w in wider.weights])
#> wider shapes: [(3, 5), (5,)]
try:
    wider.set_weights(src.get_weights())  # same count, other shapes
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: ValueError - Layer wider weight shape (3, 5) is not compatible with [...]
    print("then:", str(e).split(" weight shape ", 1)[1])
    #> then: (3, 5) is not compatible with provided weight shape (3, 4).
