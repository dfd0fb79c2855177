import copy
import os
import tempfile

import keras
from keras import ops


class DenseTranspose(keras.layers.Layer):
    def __init__(self, dense, **kwargs):  # a layer object as an argument
        super().__init__(**kwargs)
        self.dense = dense

    def call(self, x):
        return ops.matmul(x, ops.transpose(self.dense.kernel))


inputs = keras.Input((4,), name="x")
encoder = keras.layers.Dense(2, name="encoder")
autoencoder = keras.Model(
    inputs, DenseTranspose(encoder, name="decoder")(encoder(inputs)), name="ae"
)

errors = {}
with tempfile.TemporaryDirectory() as tmp:
    attempts = {
        "clone_model": lambda: keras.models.clone_model(autoencoder),
        "copy.deepcopy": lambda: copy.deepcopy(autoencoder),
        "save": lambda: autoencoder.save(os.path.join(tmp, "ae.keras")),
    }
    for what, attempt in attempts.items():
        try:
            attempt()
        except NotImplementedError as e:
            errors[what] = type(e).__name__, " ".join(str(e).split()[6:9])
for what, (kind, message) in errors.items():
    print(f"{what} | error: {kind} - {message}")
    #> clone_model | error: NotImplementedError - non-serializable argument values
    #> copy.deepcopy | error: NotImplementedError - non-serializable argument values
    #> save | error: NotImplementedError - non-serializable argument values
