import copy
import pickle

import keras
import numpy as np

keras.utils.set_random_seed(0)
to_np = keras.ops.convert_to_numpy

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
model.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=2, verbose=0)

blob = pickle.dumps(model)  # bytes: a .keras archive made in memory
restored = pickle.loads(blob)
deep = copy.deepcopy(model)  # the same route


def optimizer_state_equal(a, b):
    pairs = zip(a.optimizer.variables, b.optimizer.variables)
    return all(np.array_equal(to_np(u), to_np(v)) for u, v in pairs)


print("pickled:", type(blob).__name__, "- unpickled:", type(restored).__name__)
#> pickled: bytes - unpickled: Functional
entries = [name for name in (b"config.json", b"model.weights.h5") if name in blob]
print(".keras archive entries in the bytes:", entries)
#> .keras archive entries in the bytes: [b'config.json', b'model.weights.h5']
routes = (restored, deep)
print("compiled, pickle / deepcopy:", *(dup.compiled for dup in routes))
#> compiled, pickle / deepcopy: True True
new = [dup.optimizer is not model.optimizer for dup in routes]
print("new optimizer, pickle / deepcopy:", *new)
#> new optimizer, pickle / deepcopy: True True
steps = [int(to_np(m.optimizer.iterations)) for m in (model, *routes)]
print("optimizer step, source / pickle / deepcopy:", steps)
#> optimizer step, source / pickle / deepcopy: [2, 2, 2]
state = [optimizer_state_equal(model, dup) for dup in routes]
print("equal optimizer state, pickle / deepcopy:", *state)
#> equal optimizer state, pickle / deepcopy: True True
shared = [any(a is b for a, b in zip(model.weights, dup.weights)) for dup in routes]
print("a weight variable shared, pickle / deepcopy:", *shared)
#> a weight variable shared, pickle / deepcopy: False False
