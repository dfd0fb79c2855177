import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
shared = keras.layers.Dense(2, name="shared")
pre_b = keras.layers.Dense(3, name="pre_b")  # branch b's own layer, before shared
a = keras.Input((3,), name="a")
b = keras.Input((3,), name="b")
zb = ops.stop_gradient(shared(pre_b(b)))  # also cuts the path back to pre_b
merged = keras.layers.Concatenate()([shared(a), zb])
model = keras.Model([a, b], keras.layers.Dense(1, name="head")(merged))

x = np.random.default_rng(0).normal(size=(16, 3)).astype("float32")
before = {layer: ops.convert_to_numpy(layer.kernel).copy() for layer in (shared, pre_b)}
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit([x, x], np.ones((16, 1)), epochs=2, verbose=0)
for layer, kernel in before.items():
    moved = not np.allclose(kernel, ops.convert_to_numpy(layer.kernel))
    print(f"{layer.name} moved:", moved)
    #> shared moved: True
    #> pre_b moved: False
