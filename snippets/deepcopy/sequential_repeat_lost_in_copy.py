import copy
import pickle

import keras
import numpy as np

keras.utils.set_random_seed(0)
block = keras.layers.Dense(4, name="block")
seq = keras.Sequential([keras.Input((4,), name="x"), block, block], name="seq")
x = keras.Input((4,), name="x")
func = keras.Model(x, block(block(x)), name="func")  # the same two calls, as a graph
data = np.ones((1, 4), "float32")
expected = keras.ops.convert_to_numpy(seq(data))  # block applied twice

clone = keras.models.clone_model(seq)
clone.set_weights(seq.get_weights())
copies = {
    "copy.deepcopy": copy.deepcopy(seq),
    "copy.copy": copy.copy(seq),
    "pickle": pickle.loads(pickle.dumps(seq)),
    "clone_model": clone,
    "deepcopy of the Functional": copy.deepcopy(func),
}
print("source layers:", [layer.name for layer in seq.layers])
#> source layers: ['block', 'block']
for route, dup in copies.items():
    names = [layer.name for layer in dup.layers]
    same = np.allclose(keras.ops.convert_to_numpy(dup(data)), expected)
    print(f"{route}: layers:", names, "same output:", same)
    #> copy.deepcopy: layers: ['block'] same output: False
    #> copy.copy: layers: ['block'] same output: False
    #> pickle: layers: ['block'] same output: False
    #> clone_model: layers: ['block', 'block'] same output: True
    #> deepcopy of the Functional: layers: ['x', 'block'] same output: True

once = keras.ops.convert_to_numpy(block(data))
deep = keras.ops.convert_to_numpy(copies["copy.deepcopy"](data))
print("copy.deepcopy computes block applied once:", np.allclose(deep, once))
#> copy.deepcopy computes block applied once: True
