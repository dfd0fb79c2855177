import re
import textwrap

import keras

conv = keras.layers.Conv2D(8, 3, name="conv")
x = keras.Input((32, 32, 3), name="small")
old = keras.Model(x, conv(x), name="old")
print("kernel:", conv.kernel.shape)
#> kernel: (3, 3, 3, 8)

# Height and width are not in the kernel: a bigger image reuses it as it is.
big = keras.Input((64, 64, 3), name="big")
new = keras.Model(big, conv(big), name="new")
print("on 64x64:", new.output.shape, "same layer:", new.get_layer("conv") is conv)
#> on 64x64: (None, 62, 62, 8) same layer: True

# The channel count is: a grayscale input does not fit.
gray = keras.Input((32, 32, 1), name="gray")
try:
    conv(gray)
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: ValueError - Input 0 with name 'None' of layer 'conv' is [...]
    print("then:", re.search(r"is incompatible[^:]*", str(e))[0])
    #> then: is incompatible with the layer
    print("because:", str(e).split(": ")[1].split(",")[0])
    #> because: expected axis -1 of input shape to have value 3
