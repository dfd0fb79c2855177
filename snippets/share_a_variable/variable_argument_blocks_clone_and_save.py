import os
import tempfile

import keras
import numpy as np
from keras import ops


class KernelFrom(keras.layers.Layer):
    def __init__(self, kernel, **kwargs):
        super().__init__(**kwargs)
        self.kernel = kernel

    def call(self, x):
        return ops.matmul(x, self.kernel)


def build_model(seed):
    kernel = keras.Variable(keras.random.normal((3, 2), seed=seed), name="kernel")
    inputs = keras.Input((3,), name="x")
    outs = [KernelFrom(kernel, name=n)(inputs) for n in ("left", "right")]
    return keras.Model(inputs, outs, name="m")


keras.utils.set_random_seed(0)
model = build_model(seed=0)
with tempfile.TemporaryDirectory() as tmp:
    try:
        keras.models.clone_model(model)
    except NotImplementedError as e:
        print("clone_model:", type(e).__name__)
        #> clone_model: NotImplementedError
    try:
        model.save(os.path.join(tmp, "m.keras"))
    except NotImplementedError as e:
        print("save:", type(e).__name__)
        #> save: NotImplementedError
        print(f"message: {' '.join(str(e).split()[:9])}")
        """
        message: Object KernelFrom was created by passing non-serializable argument values
        """

    model.save_weights(os.path.join(tmp, "m.weights.h5"))  # values only
    twin = build_model(seed=1)  # same code, its own shared variable
    twin.load_weights(os.path.join(tmp, "m.weights.h5"))
x = np.ones((1, 3), "float32")
twin_out = [ops.convert_to_numpy(y) for y in twin(x)]
model_out = [ops.convert_to_numpy(y) for y in model(x)]
print("twin matches:", all(np.allclose(a, b) for a, b in zip(twin_out, model_out)))
#> twin matches: True
print(
    "twin shares one variable:",
    twin.get_layer("left").kernel is twin.get_layer("right").kernel,
)
#> twin shares one variable: True
