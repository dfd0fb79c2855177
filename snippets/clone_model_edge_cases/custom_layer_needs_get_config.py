import textwrap

import keras
import numpy as np
from keras.saving import deserialize_keras_object, serialize_keras_object


class Activate(keras.layers.Layer):  # no get_config
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn  # a function: not a number, string, list or dict

    def call(self, x):
        return self.fn(x)


x = keras.Input((3,))
try:
    keras.models.clone_model(keras.Model(x, Activate(keras.ops.tanh, name="act")(x)))
except NotImplementedError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 48))
    #> error: NotImplementedError - Object Activate was created by passing [...]


@keras.saving.register_keras_serializable(package="clone_docs")
def doubled(t):  # your own function: registered, so a config can name it
    return 2 * t


class ActivateWithConfig(Activate):  # the fix: a config of serializable values
    def get_config(self):
        return {**super().get_config(), "fn": serialize_keras_object(self.fn)}

    @classmethod
    def from_config(cls, config):
        return cls(**{**config, "fn": deserialize_keras_object(config["fn"])})


for fn in [keras.activations.tanh, doubled]:  # a built-in and your own
    model = keras.Model(x, ActivateWithConfig(fn, name="act")(x))
    clone = keras.models.clone_model(model)
    same = np.allclose(clone(np.ones((1, 3))), model(np.ones((1, 3))))
    print("clone:", clone.get_layer("act").fn.__name__, "same outputs:", same)
    #> clone: tanh same outputs: True
    #> clone: doubled same outputs: True
