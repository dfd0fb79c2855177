import re
import textwrap

import keras

x = keras.Input((4,), name="x")
layer = keras.layers.Dense(8, name="dense")  # kernel (4, 8) after the first call
h = layer(x)
print("kernel after the first call:", layer.kernel.shape)
#> kernel after the first call: (4, 8)
try:
    layer(h)  # a second call on 8 features: the kernel cannot change shape
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: ValueError - Input 0 with name 'None' of layer 'dense' is [...]
    print("then:", re.search(r"is incompatible[^:]*", str(e))[0])
    #> then: is incompatible with the layer
    print("because:", str(e).split(": ")[1].split(",")[0])
    #> because: expected axis -1 of input shape to have value 4

# Reuse in a loop needs output size == input size; or project once, then loop.
project = keras.layers.Dense(8, name="project")
h = project(x)
block = keras.layers.Dense(8, name="block")
for _ in range(3):
    h = block(h)
print("project + block x3 parameters:", keras.Model(x, h).count_params())
#> project + block x3 parameters: 112
