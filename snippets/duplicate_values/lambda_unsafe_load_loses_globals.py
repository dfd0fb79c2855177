import os
import re
import tempfile
import textwrap

import keras
import numpy as np

CAUSES = r"could not automatically infer the shape|name '\w+' is not defined"
x = np.array([[1, 2]], "float32")


def round_trip(function, **lambda_kwargs):  # save, load with safe_mode=False, call
    inputs = keras.Input((2,), name="x")
    outputs = keras.layers.Lambda(function, name="fn", **lambda_kwargs)(inputs)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.keras")
        keras.Model(inputs, outputs).save(path)
        try:
            loaded = keras.models.load_model(path, safe_mode=False)
            return loaded.predict(x, verbose=0).astype("int64").tolist()
        except (NotImplementedError, NameError) as e:
            return e


# Only builtins (sum) and operators: the bytecode runs again after loading.
print("sum([t, t]):", round_trip(lambda t: sum([t, t])))
#> sum([t, t]): [[2, 4]]

# keras.ops: a global name of this file, which the loaded lambda does not see.
e = round_trip(lambda t: keras.ops.concatenate([t, t], axis=-1))
print(type(e).__name__, "-", textwrap.shorten(str(e), 58))
#> NotImplementedError - Exception encountered when calling Lambda.call(). [...]
print("keras.ops:", re.search(CAUSES, str(e))[0])  # load_model infers the shape
#> keras.ops: could not automatically infer the shape
e = round_trip(lambda t: keras.ops.concatenate([t, t], axis=-1), output_shape=(4,))
print(type(e).__name__, "-", textwrap.shorten(str(e), 58))
#> NameError - Exception encountered when calling Lambda.call(). [...]
print("keras.ops, output_shape given:", re.search(CAUSES, str(e))[0])
#> keras.ops, output_shape given: name 'keras' is not defined
