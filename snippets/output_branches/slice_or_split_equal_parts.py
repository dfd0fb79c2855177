import os
import tempfile

import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((3,), name="x")
trunk = keras.layers.Dense(6, name="trunk")(inputs)
head, tail = trunk[:, :2], trunk[:, 2:]  # slicing a KerasTensor
thirds = ops.split(trunk, 3, axis=-1)  # an int: that many equal parts
print("sliced shapes:", tuple(head.shape), tuple(tail.shape))
#> sliced shapes: (None, 2) (None, 4)
print("thirds:", [tuple(part.shape) for part in thirds])
#> thirds: [(None, 2), (None, 2), (None, 2)]

outputs = [keras.layers.Dense(1, name=n)(p) for n, p in zip("ht", [head, tail])]
outputs += [keras.layers.Dense(1, name=f"third_{i}")(p) for i, p in enumerate(thirds)]
model = keras.Model(inputs, outputs)
print("operations:", sorted({type(op).__name__ for op in model.operations}))
#> operations: ['Dense', 'GetItem', 'InputLayer', 'Split']

x = np.random.default_rng(0).normal(size=(4, 3)).astype("float32")
with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "model.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "model.keras"))
pairs = zip(model.predict(x, verbose=0), loaded.predict(x, verbose=0))
same = all(np.allclose(p, q) for p, q in pairs)
print("loaded, same outputs:", same)
#> loaded, same outputs: True
