import keras
import numpy as np


class Net(keras.Model):
    def __init__(self, units=3, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.head = keras.layers.Dense(units, name="head")

    def call(self, x):
        return self.head(x)

    def get_config(self):  # every constructor argument, so from_config can rebuild it
        return {**super().get_config(), "units": self.units}


keras.utils.set_random_seed(0)
model = Net(units=5, name="net")
model(np.zeros((1, 4)))  # build it

clone = keras.models.clone_model(model)  # serialize + deserialize under the hood
print(type(clone).__name__, clone.name, clone.units, clone.built)
#> Net net 5 True
print(clone.head.kernel.shape, clone.head.kernel is model.head.kernel)
#> (4, 5) False
print(np.array_equal(clone.head.kernel.numpy(), model.head.kernel.numpy()))
#> False

try:  # clone_function needs a layer graph: Sequential or Functional only
    keras.models.clone_model(model, clone_function=lambda layer: layer)
except ValueError as e:
    print(type(e).__name__, str(e).split(" are ")[1].split(".")[0])
    #> ValueError only supported for Sequential models or Functional models
