import textwrap

import keras
import numpy as np

row = np.array([1.0, 2.0], "float32")  # (2,): the wrong shape for a (3, 2) kernel
bias = np.zeros(2, "float32")
dense = keras.layers.Dense(2, kernel_initializer=keras.initializers.Constant(row))
dense.build((None, 3))  # no error: the array is broadcast to the kernel's shape
kernel = keras.ops.convert_to_numpy(dense.kernel).tolist()
print("Constant with a (2,) array, kernel:", kernel)
#> Constant with a (2,) array, kernel: [[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]]

checked = keras.layers.Dense(2, name="checked")
checked.build((None, 3))
try:  # set_weights compares each array's shape with its variable's
    checked.set_weights([row, bias])
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 58))
    #> error: ValueError - Layer checked weight shape (3, 2) is not compatible [...]
    print("then:", str(e).split(" with ")[-1])
    #> then: provided weight shape (2,).
