import os
import tempfile

import h5py
import keras
import numpy as np

keras.utils.set_random_seed(0)


def make():
    x = keras.Input((4,), name="x")
    return keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")


model = make()
model.compile(optimizer="adam", loss="mse")
model.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=2, verbose=0)
twin = make()  # the same architecture, built by your own code
twin_kernel = twin.get_layer("head").kernel

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "w.weights.h5")
    model.save_weights(path)  # values, no architecture
    twin.load_weights(path)  # into the twin's existing variables
    with h5py.File(path) as f:  # the trained model's optimizer is in the file too
        print("groups in the file:", sorted(f))
        #> groups in the file: ['layers', 'optimizer', 'vars']
    ready = make()  # compiled, with a built optimizer: it takes the optimizer state
    ready.compile(optimizer="adam", loss="mse")
    ready.optimizer.build(ready.trainable_variables)
    ready.load_weights(path)
    step = int(keras.ops.convert_to_numpy(ready.optimizer.iterations))
    print("compiled twin's optimizer step:", step)
    #> compiled twin's optimizer step: 2

for a, b in zip(model.weights, twin.weights):
    equal = np.array_equal(keras.ops.convert_to_numpy(a), keras.ops.convert_to_numpy(b))
    print(f"{a.path}: equal values:", equal)
    #> head/kernel: equal values: True
    #> head/bias: equal values: True
print("twin kept its kernel variable:", twin.get_layer("head").kernel is twin_kernel)
#> twin kept its kernel variable: True
print("shares the source's kernel:", twin_kernel is model.get_layer("head").kernel)
#> shares the source's kernel: False
print("twin compiled:", twin.compiled)  # no compile config, no optimizer
#> twin compiled: False
