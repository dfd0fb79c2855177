import re
import textwrap

import keras

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
body = keras.layers.Dense(8, name="body")
old = keras.Model(x, body(x), name="old")  # body's kernel is (4, 8)

z = keras.Input((6,), name="z")  # the new model has 6 features
try:
    body(z)
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: ValueError - Input 0 with name 'None' of layer 'body' is [...]
    print("then:", re.search(r"is incompatible[^:]*", str(e))[0])
    #> then: is incompatible with the layer
    print("because:", str(e).split(": ")[1].split(",")[0])
    #> because: expected axis -1 of input shape to have value 4

# A kernel for 6 features is another variable: build a fresh layer from the config.
fresh = keras.layers.Dense.from_config({**body.get_config(), "name": "body6"})
new = keras.Model(z, fresh(z), name="new")
print("fresh kernel:", fresh.kernel.shape, "old kernel:", body.kernel.shape)
#> fresh kernel: (6, 8) old kernel: (4, 8)
try:
    fresh.set_weights(body.get_weights())
except ValueError as e:
    print("copying the values:", type(e).__name__, "-", str(e).split(" is not")[0])
    #> copying the values: ValueError - Layer body6 weight shape (6, 8)
