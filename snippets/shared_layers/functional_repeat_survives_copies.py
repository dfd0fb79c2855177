import copy
import os
import pickle
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
block = keras.layers.Dense(4, name="block")
inputs = keras.Input((4,), name="x")
func = keras.Model(inputs, block(block(inputs)), name="func")  # two calls, two nodes
x = np.ones((1, 4), "float32")

nodes = func.get_config()["layers"][1]["inbound_nodes"]
print("calls of block in the config:", len(nodes))
#> calls of block in the config: 2

with tempfile.TemporaryDirectory() as tmp:
    func.save(os.path.join(tmp, "func.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "func.keras"))
routes = {
    "load_model": loaded,
    "copy.deepcopy": copy.deepcopy(func),
    "pickle": pickle.loads(pickle.dumps(func)),
    "clone_model": keras.models.clone_model(func),
}
expected = keras.ops.convert_to_numpy(func(x))
for route, twin in routes.items():
    twin.set_weights(func.get_weights())  # clone_model starts fresh; the rest are equal
    same = np.allclose(keras.ops.convert_to_numpy(twin(x)), expected)
    print(f"{route} | weights: {len(twin.weights)} | same output: {same}")
    #> load_model | weights: 2 | same output: True
    #> copy.deepcopy | weights: 2 | same output: True
    #> pickle | weights: 2 | same output: True
    #> clone_model | weights: 2 | same output: True
