import re

import keras
import numpy as np


class Activate(keras.layers.Layer):  # no get_config
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn  # a function: not a number, string, list or dict

    def call(self, x):
        return self.fn(x)


x = keras.Input((3,))
model = keras.Model(x, Activate(keras.ops.tanh, name="act")(x))
try:
    keras.models.clone_model(model)
except NotImplementedError as e:
    found = re.search(r"non-serializable argument values", str(e))[0]
    print("error:", type(e).__name__, "-", found)
    #> error: NotImplementedError - non-serializable argument values


class ActivateWithConfig(Activate):  # the fix: a config of serializable values
    def get_config(self):
        return {**super().get_config(), "fn": keras.activations.serialize(self.fn)}

    @classmethod
    def from_config(cls, config):
        return cls(**{**config, "fn": keras.activations.get(config["fn"])})


model = keras.Model(x, ActivateWithConfig(keras.activations.tanh, name="act")(x))
clone = keras.models.clone_model(model)
same = np.allclose(clone(np.ones((1, 3))), model(np.ones((1, 3))))
print("clone:", clone.get_layer("act").fn.__name__, "same outputs:", same)
#> clone: tanh same outputs: True
