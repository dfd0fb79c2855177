import copy
import pickle

import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
model.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=2, verbose=0)

blob = pickle.dumps(model)  # bytes: a .keras archive made in memory
restored = pickle.loads(blob)
deep = copy.deepcopy(model)  # the same route


def optimizer_state_equal(a, b):
    pairs = zip(a.optimizer.variables, b.optimizer.variables)
    return all(np.array_equal(u.numpy(), v.numpy()) for u, v in pairs)


print(type(blob).__name__, type(restored).__name__, restored.name)
#> bytes Functional net
print(b"config.json" in blob, b"model.weights.h5" in blob)  # the .keras file entries
#> True True
print(restored.compiled, deep.compiled)
#> True True
print(restored.optimizer is model.optimizer, deep.optimizer is model.optimizer)
#> False False
print([int(m.optimizer.iterations.numpy()) for m in (model, restored, deep)])
#> [2, 2, 2]
print(optimizer_state_equal(model, restored), optimizer_state_equal(model, deep))
#> True True
print([a is b for a, b in zip(model.weights, restored.weights)])
#> [False, False]
