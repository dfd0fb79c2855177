import os
import re
import tempfile
import textwrap

import keras
import numpy as np


def build():  # one Lambda layer per column, made in a loop, then joined again
    x = keras.Input((3,))
    columns = []
    for i in range(3):  # the lambda reads i when it runs, not when it is made
        take_column = keras.layers.Lambda(lambda t: t[:, i : i + 1])  # noqa: B023
        columns.append(take_column(x))
    return keras.Model(x, keras.layers.Concatenate()(columns))


data = np.array([[1.0, 2.0, 3.0]], "float32")
model = build()
print("wanted:", data.tolist())
#> wanted: [[1.0, 2.0, 3.0]]
print("in memory:", model.predict(data, verbose=0).tolist())
#> in memory: [[3.0, 3.0, 3.0]]
path = os.path.join(tempfile.mkdtemp(), "columns.keras")
model.save(path)
loaded = keras.models.load_model(path, safe_mode=False)
print("loaded:", loaded.predict(data, verbose=0).tolist())
#> loaded: [[3.0, 3.0, 3.0]]
x, columns = keras.Input((3,)), []
for i in range(3):  # the same loop at module level: i is a global name of this file
    columns.append(keras.layers.Lambda(lambda t: t[:, i : i + 1])(x))  # noqa: B023
module_level = keras.Model(x, keras.layers.Concatenate()(columns))
print("module level, in memory:", module_level.predict(data, verbose=0).tolist())
#> module level, in memory: [[3.0, 3.0, 3.0]]
module_level.save(path)
try:
    keras.models.load_model(path, safe_mode=False)
except NotImplementedError as e:  # the loaded lambda does not see this file's i
    print(type(e).__name__, "-", textwrap.shorten(str(e), 58))
    #> NotImplementedError - Exception encountered when calling Lambda.call(). [...]
    cause = re.search("could not automatically infer the shape", str(e))[0]
    print("module level, load:", cause)
    #> module level, load: could not automatically infer the shape
x, columns = keras.Input((3,)), []
for i in range(3):  # as Keras's message asks: the same loop with output_shape
    take_column = keras.layers.Lambda(
        lambda t: t[:, i : i + 1], output_shape=(1,)  # noqa: B023
    )
    columns.append(take_column(x))
keras.Model(x, keras.layers.Concatenate()(columns)).save(path)
loaded = keras.models.load_model(path, safe_mode=False)  # loads now
try:
    loaded.predict(data, verbose=0)
except NameError as e:  # the failure moves from loading to the first use
    print(type(e).__name__, "-", textwrap.shorten(str(e), 58))
    #> NameError - Exception encountered when calling Lambda.call(). [...]
    cause = re.search("name 'i' is not defined", str(e))[0]
    print("output_shape given, predict:", cause)
    #> output_shape given, predict: name 'i' is not defined
