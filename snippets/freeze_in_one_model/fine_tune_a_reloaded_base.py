import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
layers = [keras.layers.Dense(4, name="a"), keras.layers.Dense(2, name="b")]
base = keras.Sequential([keras.Input((3,)), *layers], name="base")
x = keras.Input((3,))
model = keras.Model(x, keras.layers.Dense(1, name="top")(base(x)))
base.trainable = False  # phase 1: train the top only, then save
path = tempfile.mkdtemp() + "/phase1.keras"
model.save(path)
print("cloned: base", keras.models.clone_model(model).get_layer("base").trainable)
#> cloned: base True

model = keras.models.load_model(path)  # phase 2, e.g. in a new session
base = model.get_layer("base")
a, b = base.get_layer("a"), base.get_layer("b")
print("reloaded: base", base.trainable, "| a, b:", a.trainable, b.trainable)
#> reloaded: base True | a, b: False False
base.trainable = False  # change the flag, so that True reaches the layers
base.trainable = True  # on every backend
a.trainable = False  # then freeze what stays fixed
print("after False, then True: a, b:", a.trainable, b.trainable)
#> after False, then True: a, b: False True
kernels = [keras.ops.convert_to_numpy(layer.kernel) for layer in (a, b)]
model.compile(optimizer="sgd", loss="mse")
model.fit(np.ones((8, 3)), np.ones((8, 1)), verbose=0)
after = [keras.ops.convert_to_numpy(layer.kernel) for layer in (a, b)]
print("fit moves a, b:", [not np.allclose(k, k1) for k, k1 in zip(kernels, after)])
#> fit moves a, b: [False, True]
