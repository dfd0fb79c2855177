import re
import textwrap

import keras

sequence = keras.Input((5, 2), name="sequence")  # (batch, time, features): rank 3

try:
    keras.layers.RepeatVector(3, name="repeat")(sequence)
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: ValueError - Input 0 with name 'None' of layer 'repeat' is [...]
    print("then:", re.search(r"is incompatible.*found ndim=\d", str(e))[0])
    #> then: is incompatible with the layer: expected ndim=2, found ndim=3

# For rank 3 and up, repeat along a new axis with keras.ops instead.
copies = keras.ops.repeat(keras.ops.expand_dims(sequence, 1), 3, axis=1)
print("copies:", tuple(copies.shape))  # (batch, copies, time, features)
#> copies: (None, 3, 5, 2)
