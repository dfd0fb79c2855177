import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)

norm = keras.layers.Normalization(name="norm")
norm.adapt(np.array([[0.0], [10.0], [20.0], [30.0]], "float32"))  # mean 15
model = keras.Sequential([keras.Input((1,)), norm, keras.layers.Dense(1, name="out")])
x = np.array([[15.0], [30.0]], "float32")


def same_outputs(other):
    a, b = model(x), other(x)
    return bool(np.allclose(*(keras.ops.convert_to_numpy(t) for t in (a, b))))


clone = keras.models.clone_model(model)
mean = keras.ops.convert_to_numpy(clone.get_layer("norm").mean)
print("clone's norm mean:", mean.ravel().tolist())
#> clone's norm mean: [0.0]
print("clone_model: same outputs:", same_outputs(clone))
#> clone_model: same outputs: False

fixed = keras.models.clone_model(model)
fixed.set_weights(model.get_weights())
fixed.get_layer("norm").finalize_state()  # recompute mean and variance from weights
print("set_weights + finalize_state: same outputs:", same_outputs(fixed))
#> set_weights + finalize_state: same outputs: True

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "model.keras")
    model.save(path)
    print("save/load: same outputs:", same_outputs(keras.models.load_model(path)))
    #> save/load: same outputs: True
