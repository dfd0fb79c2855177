import copy
import os
import tempfile

import keras
import numpy as np
from keras import ops


class DenseTranspose(keras.layers.Layer):  # the same reference as in the first example
    def __init__(self, dense, **kwargs):
        super().__init__(**kwargs)
        self.dense = dense

    def call(self, x):
        return ops.matmul(x, ops.transpose(self.dense.kernel))


@keras.saving.register_keras_serializable(package="tied_weights_subclassed")
class TiedAutoencoder(keras.Model):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units  # the config holds only this; __init__ rebuilds the tie
        self.encoder = keras.layers.Dense(units, name="encoder")
        self.decoder = DenseTranspose(self.encoder, name="decoder")

    def call(self, x):
        return self.decoder(self.encoder(x))

    def get_config(self):
        return {**super().get_config(), "units": self.units}


keras.utils.set_random_seed(0)
ae = TiedAutoencoder(2, name="ae")
x = np.random.rand(3, 4).astype("float32")
ae(x)
print("config keys:", sorted(ae.get_config()))  # no layer in it
#> config keys: ['dtype', 'name', 'trainable', 'units']
clone = keras.models.clone_model(ae)
clone.set_weights(ae.get_weights())  # a clone starts with fresh values
with tempfile.TemporaryDirectory() as tmp:
    ae.save(os.path.join(tmp, "ae.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "ae.keras"))
copies = {
    "clone_model": clone,
    "copy.deepcopy": copy.deepcopy(ae),
    "load_model": loaded,
}
expected = ops.convert_to_numpy(ae(x))
for route, m in copies.items():
    tied = m.decoder.dense.kernel is m.encoder.kernel
    same = np.allclose(ops.convert_to_numpy(m(x)), expected)
    print(f"{route} | tied: {tied} | weights: {len(m.weights)} | same output: {same}")
    #> clone_model | tied: True | weights: 2 | same output: True
    #> copy.deepcopy | tied: True | weights: 2 | same output: True
    #> load_model | tied: True | weights: 2 | same output: True
