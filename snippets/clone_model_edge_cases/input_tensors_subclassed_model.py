import keras
import numpy as np


class Net(keras.Model):  # a subclassed model: no layer graph to rebuild
    def __init__(self, units=2, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.head = keras.layers.Dense(units, name="head")

    def call(self, x):
        return self.head(x)

    def get_config(self):
        return {**super().get_config(), "units": self.units}


model = Net(name="net")
model(np.ones((1, 4), "float32"))

try:
    keras.models.clone_model(model, input_tensors=keras.Input((6,)))
except TypeError as e:
    print("input_tensors:", type(e).__name__, "-", str(e).split(". ")[0])
    #> input_tensors: TypeError - A symbolic KerasTensor cannot be used as a boolean.
try:  # the message that check was written to give
    keras.models.clone_model(model, clone_function=lambda layer: layer)
except ValueError as e:
    print("clone_function:", type(e).__name__, "-", str(e).split(" are ")[0])
    #> clone_function: ValueError - Arguments `clone_function` and `input_tensors`

print(
    "clone_model keeps 4 features:", keras.models.clone_model(model).head.kernel.shape
)
#> clone_model keeps 4 features: (4, 2)
fresh = Net.from_config(model.get_config())  # unbuilt: the first call decides
print("from_config, called on 6:", tuple(fresh(np.ones((1, 6), "float32")).shape))
#> from_config, called on 6: (1, 2)
print("its kernel:", fresh.head.kernel.shape)
#> its kernel: (6, 2)
