import copy
import os
import tempfile

import keras
import numpy as np
from keras import ops


@keras.saving.register_keras_serializable(package="tied_weights_modes")
class TiedDense(keras.layers.Layer):
    """Encodes with x @ W, or decodes with z @ W.T when called with transpose=True."""

    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        n = input_shape[-1]
        self.kernel = self.add_weight(shape=(n, self.units), name="kernel")
        self.bias = self.add_weight(
            shape=(self.units,), initializer="zeros", name="bias"
        )
        self.bias_t = self.add_weight(shape=(n,), initializer="zeros", name="bias_t")

    def call(self, x, transpose=False):
        if transpose:
            return ops.matmul(x, ops.transpose(self.kernel)) + self.bias_t
        return ops.matmul(x, self.kernel) + self.bias

    def get_config(self):
        return {**super().get_config(), "units": self.units}


keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
tied = TiedDense(2, name="tied")  # one instance, called twice
autoencoder = keras.Model(inputs, tied(tied(inputs), transpose=True), name="ae")
x = np.random.rand(3, 4).astype("float32")
nodes = autoencoder.get_config()["layers"][1]["inbound_nodes"]
print("calls of tied:", [node["kwargs"] for node in nodes])  # with their kwargs
#> calls of tied: [{}, {'transpose': True}]

clone = keras.models.clone_model(autoencoder)
clone.set_weights(autoencoder.get_weights())
with tempfile.TemporaryDirectory() as tmp:
    autoencoder.save(os.path.join(tmp, "ae.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "ae.keras"))
copies = {"clone_model": clone, "copy.deepcopy": copy.deepcopy(autoencoder)}
copies["load_model"] = loaded
expected = ops.convert_to_numpy(autoencoder(x))
for route, m in copies.items():
    same = np.allclose(ops.convert_to_numpy(m(x)), expected)
    print(f"{route} | weights: {[w.name for w in m.weights]} | same output: {same}")
    #> clone_model | weights: ['kernel', 'bias', 'bias_t'] | same output: True
    #> copy.deepcopy | weights: ['kernel', 'bias', 'bias_t'] | same output: True
    #> load_model | weights: ['kernel', 'bias', 'bias_t'] | same output: True
