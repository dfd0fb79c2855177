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


print("AutoNet(units=5) config units:", AutoNet(units=5).get_config()["units"])
#> AutoNet(units=5) config units: 3
print("unbuilt deepcopy units:", copy.deepcopy(AutoNet(units=5)).units)
#> unbuilt deepcopy units: 3

built = AutoNet(units=5)
built(np.zeros((1, 4)))
try:
    copy.deepcopy(built)  # built: the saved 4x5 kernel finds a 4x3 layer
except ValueError as e:
    print("built deepcopy error:", type(e).__name__, "-", str(e).split(".")[0])
    #> built deepcopy error: ValueError - A total of 1 objects could not be loaded

fixed = ConfigNet(units=5)
fixed(np.zeros((1, 4)))
dup = copy.deepcopy(fixed)
print("ConfigNet copy: units:", dup.units, "kernel:", dup.head.kernel.shape)
#> ConfigNet copy: units: 5 kernel: (4, 5)
print("same kernel variable:", dup.head.kernel is fixed.head.kernel)
#> same kernel variable: False
kernels = [keras.ops.convert_to_numpy(m.head.kernel) for m in (fixed, dup)]
print("equal kernels:", np.array_equal(*kernels))
#> equal kernels: True
