import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
block = keras.layers.Dense(4, name="block")
seq = keras.Sequential([keras.Input((4,), name="x"), block, block], name="seq")
x = np.ones((1, 4), "float32")

# get_config lists each layer object once: the repeat is gone.
print([layer["config"]["name"] for layer in seq.get_config()["layers"]])
#> ['x', 'block']
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "seq.keras")
    seq.save(path)
    loaded = keras.models.load_model(path)  # loads without an error
print(len(seq.layers), len(loaded.layers))
#> 2 1
print(np.allclose(loaded(x), seq(x)), np.allclose(loaded(x), block(x)))
#> False True

# A functional graph stores both calls, so the round trip keeps them.
inputs = keras.Input((4,), name="x")
func = keras.Model(inputs, block(block(inputs)), name="func")
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "func.keras")
    func.save(path)
    loaded = keras.models.load_model(path)
print(np.allclose(loaded(x), func(x)), len(loaded.weights))
#> True 2
