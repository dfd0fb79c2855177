import copy
import os
import pickle
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
block = keras.layers.Dense(4, name="block")
seq = keras.Sequential([keras.Input((4,), name="x"), block, block], name="seq")
x = np.ones((1, 4), "float32")

# get_config lists each layer object once: the repeat is gone.
names = [layer["config"]["name"] for layer in seq.get_config()["layers"]]
print("config layers:", names)
#> config layers: ['x', 'block']


def save_and_load(model):
    with tempfile.TemporaryDirectory() as tmp:
        model.save(os.path.join(tmp, "seq.keras"))
        return keras.models.load_model(os.path.join(tmp, "seq.keras"))


routes = {
    "load_model": save_and_load,
    "copy.deepcopy": copy.deepcopy,
    "copy.copy": copy.copy,
    "pickle": lambda m: pickle.loads(pickle.dumps(m)),
    "clone_model": keras.models.clone_model,
}
seq_out = keras.ops.convert_to_numpy(seq(x))
block_out = keras.ops.convert_to_numpy(block(x))
for route, make in routes.items():
    twin = make(seq)
    twin.set_weights(seq.get_weights())  # clone_model starts fresh; the rest are equal
    twin_out = keras.ops.convert_to_numpy(twin(x))
    same, once = np.allclose(twin_out, seq_out), np.allclose(twin_out, block_out)
    n = len(twin.layers)
    print(f"{route} | layers: {n} | same output: {same} | block once: {once}")
    #> load_model | layers: 1 | same output: False | block once: True
    #> copy.deepcopy | layers: 1 | same output: False | block once: True
    #> copy.copy | layers: 1 | same output: False | block once: True
    #> pickle | layers: 1 | same output: False | block once: True
    #> clone_model | layers: 2 | same output: True | block once: False
