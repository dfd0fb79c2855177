import re
import textwrap

import keras
import numpy as np

encoder = keras.layers.Dense(2, name="encoder")
encoder(np.ones((1, 3), "float32"))  # the first call builds a (3, 2) kernel
print("kernel shape:", encoder.kernel.shape)
#> kernel shape: (3, 2)

try:
    encoder(np.ones((1, 4), "float32"))  # a 4-feature branch cannot share it
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: ValueError - Input 0 with name 'None' of layer 'encoder' is [...]
    print("then:", re.search(r"is incompatible[^:]*", str(e))[0])
    #> then: is incompatible with the layer
    print("because:", str(e).split(": ")[1].split(",")[0])
    #> because: expected axis -1 of input shape to have value 3
