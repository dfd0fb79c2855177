import os
import re
import tempfile

import keras
import numpy as np

CAUSES = r"could not automatically infer the shape|name '\w+' is not defined"


def round_trip(**lambda_kwargs):
    inputs = keras.Input((2,), name="x")
    twice = keras.layers.Lambda(
        lambda t: keras.ops.concatenate([t, t], axis=-1), name="twice", **lambda_kwargs
    )(inputs)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.keras")
        keras.Model(inputs, twice).save(path)
        try:
            loaded = keras.models.load_model(path, safe_mode=False)
            loaded.predict(np.ones((1, 2), "float32"), verbose=0)
        except (NotImplementedError, NameError) as e:
            return type(e).__name__, re.search(CAUSES, str(e)).group()


# load_model infers the output shape by calling the function: it fails.
print(*round_trip())
#> NotImplementedError could not automatically infer the shape
# With the shape given, it loads; the first call shows the real cause.
print(*round_trip(output_shape=(4,)))
#> NameError name 'keras' is not defined
