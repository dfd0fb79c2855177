import copy
import textwrap

import keras
import numpy as np

try:  # keras.Variable has no unknown-shape variant
    keras.Variable(initializer="zeros", shape=(None,), name="state")
except ValueError as e:
    print("shape (None,):", type(e).__name__, "-", textwrap.shorten(str(e), 50))
    #> shape (None,): ValueError - Shapes used to initialize variables must be [...]
    print("it asks for a fully-defined shape:", "fully-defined" in str(e))
    #> it asks for a fully-defined shape: True
v = keras.Variable(np.zeros(2, "float32"), shape=(None,), name="state")
print("value given, shape (None,):", v.shape)  # the value's shape wins
#> value given, shape (None,): (2,)
w = keras.Variable(np.zeros(2, "float32"), shape=(3,))  # shape= is not even checked
print("value given, shape (3,):", w.shape)
#> value given, shape (3,): (2,)
c = copy.deepcopy(v)
print("shape, original / deep copy:", v.shape, "/", c.shape)
#> shape, original / deep copy: (2,) / (2,)
for name, var in [("original", v), ("deep copy", c)]:  # both refuse 3 values alike
    try:
        var.assign(np.zeros(3, "float32"))
    except ValueError as e:
        print(f"{name}:", type(e).__name__, "-", textwrap.shorten(str(e), 50))
        #> original: ValueError - The shape of the target variable and the [...]
        #> deep copy: ValueError - The shape of the target variable and the [...]
