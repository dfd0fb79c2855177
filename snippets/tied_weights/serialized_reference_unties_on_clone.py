import copy
import os
import tempfile

import keras
from keras import ops


@keras.saving.register_keras_serializable(package="tied_weights_unties")
class DenseTranspose(keras.layers.Layer):
    def __init__(self, dense, **kwargs):
        super().__init__(**kwargs)
        self.dense = dense

    def call(self, x):
        return ops.matmul(x, ops.transpose(self.dense.kernel))

    def get_config(self):  # serializes the referenced layer's config
        dense = keras.saving.serialize_keras_object(self.dense)
        return {**super().get_config(), "dense": dense}

    @classmethod
    def from_config(cls, config):
        config["dense"] = keras.saving.deserialize_keras_object(config["dense"])
        return cls(**config)


inputs = keras.Input((4,), name="x")
encoder = keras.layers.Dense(2, name="encoder")
ae = keras.Model(inputs, DenseTranspose(encoder, name="decoder")(encoder(inputs)))

with tempfile.TemporaryDirectory() as tmp:
    ae.save(os.path.join(tmp, "ae.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "ae.keras"))
clone = keras.models.clone_model(ae)
rebuilt = keras.Model.from_config(ae.get_config())
copies = {"load_model": loaded, "copy.deepcopy": copy.deepcopy(ae)}
copies.update({"clone_model": clone, "from_config": rebuilt})
for route, m in copies.items():
    tied = m.get_layer("decoder").dense is m.get_layer("encoder")
    print(f"{route} | tied: {tied} | weights: {len(m.weights)}")
    #> load_model | tied: True | weights: 2
    #> copy.deepcopy | tied: True | weights: 2
    #> clone_model | tied: False | weights: 4
    #> from_config | tied: False | weights: 4
