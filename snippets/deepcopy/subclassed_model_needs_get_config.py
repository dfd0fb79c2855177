import copy

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="deepcopy_docs")
class AutoNet(keras.Model):  # registered, but no get_config()
    def __init__(self, units=3, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.head = keras.layers.Dense(units, name="head")

    def call(self, x):
        return self.head(x)


@keras.saving.register_keras_serializable(package="deepcopy_docs")
class ConfigNet(AutoNet):
    def get_config(self):
        return {**super().get_config(), "units": self.units}


print(AutoNet(units=5).get_config()["units"])  # the auto-config holds the default
#> 3
print(copy.deepcopy(AutoNet(units=5)).units)  # unbuilt: silently the wrong size
#> 3

built = AutoNet(units=5)
built(np.zeros((1, 4)))
try:
    copy.deepcopy(built)  # built: the saved 4x5 kernel finds a 4x3 layer
except ValueError as e:
    print(type(e).__name__, str(e).split(".")[0])
    #> ValueError A total of 1 objects could not be loaded

fixed = ConfigNet(units=5)
fixed(np.zeros((1, 4)))
dup = copy.deepcopy(fixed)
print(dup.units, dup.head.kernel.shape, dup.head.kernel is fixed.head.kernel)
#> 5 (4, 5) False
print(np.array_equal(dup.head.kernel.numpy(), fixed.head.kernel.numpy()))
#> True
