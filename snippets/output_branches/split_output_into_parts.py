import os
import tempfile

import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((3,), name="x")
trunk = keras.layers.Dense(6, name="trunk")(inputs)
first, rest = ops.split(trunk, [2], axis=-1)  # features 0-1, and features 2-5
a = keras.layers.Dense(1, name="a")(first)
b = keras.layers.Dense(1, name="b")(rest)
model = keras.Model(inputs, [a, b])

print("part shapes:", tuple(first.shape), tuple(rest.shape))
#> part shapes: (None, 2) (None, 4)
print("a, b kernels:", [tuple(model.get_layer(n).kernel.shape) for n in "ab"])
#> a, b kernels: [(2, 1), (4, 1)]
op_types = [type(op).__name__ for op in model.operations]
print("split in model.operations:", "Split" in op_types)
#> split in model.operations: True

x = np.random.default_rng(0).normal(size=(4, 3)).astype("float32")
t = ops.convert_to_numpy(model.get_layer("trunk")(x))
out_a, out_b = model.predict(x, verbose=0)
a_part = ops.convert_to_numpy(model.get_layer("a")(t[:, :2]))
b_part = ops.convert_to_numpy(model.get_layer("b")(t[:, 2:]))
print("a reads features 0-1:", np.allclose(out_a, a_part))
#> a reads features 0-1: True
print("b reads features 2-5:", np.allclose(out_b, b_part))
#> b reads features 2-5: True

with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "model.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "model.keras"))  # safe_mode on
pairs = zip(model.predict(x, verbose=0), loaded.predict(x, verbose=0))
same = all(np.allclose(p, q) for p, q in pairs)
print("loaded, same outputs:", same)
#> loaded, same outputs: True
