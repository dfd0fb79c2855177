import keras
import numpy as np


class Net(keras.Model):  # no get_config()
    def __init__(self, units=3, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.head = keras.layers.Dense(units, name="head")

    def call(self, x):
        return self.head(x)


model = Net(units=5, name="net")
model(np.zeros((1, 4)))
clone = keras.models.clone_model(model)  # no error...
print("units, source and clone:", model.units, clone.units)  # ...but the default
#> units, source and clone: 5 3
print("kernels, source and clone:", model.head.kernel.shape, clone.head.kernel.shape)
#> kernels, source and clone: (4, 5) (4, 3)


class Required(Net):
    def __init__(self, units, **kwargs):  # no default to fall back on
        super().__init__(units, **kwargs)


try:
    keras.models.clone_model(Required(5, name="req"))
except NotImplementedError as e:
    print(f"error: {type(e).__name__} - {' '.join(str(e).split()[:9])}")
    """
    error: NotImplementedError - Object Required was created by passing non-serializable argument values
    """
