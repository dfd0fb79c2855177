import keras
import numpy as np

from_config_calls = []


class Net(keras.Model):
    def __init__(self, units=3, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.head = keras.layers.Dense(units, name="head")

    def call(self, x):
        return self.head(x)

    def get_config(self):  # every constructor argument, so from_config can rebuild it
        return {**super().get_config(), "units": self.units}

    @classmethod
    def from_config(cls, config):
        from_config_calls.append(config["units"])
        return super().from_config(config)


print("Net registered:", keras.saving.get_registered_object("Net") is not None)
#> Net registered: False
keras.utils.set_random_seed(0)
model = Net(units=5, name="net")
model(np.zeros((1, 4)))  # build it

clone = keras.models.clone_model(model)  # serialize + deserialize under the hood
print("Net.from_config called with units:", from_config_calls)
#> Net.from_config called with units: [5]
print("clone:", type(clone).__name__, clone.name, "built:", clone.built)
#> clone: Net net built: True
print("clone units:", clone.units)
#> clone units: 5
same = clone.head.kernel is model.head.kernel
print("clone kernel:", clone.head.kernel.shape, "same variable:", same)
#> clone kernel: (4, 5) same variable: False
kernels = [keras.ops.convert_to_numpy(m.head.kernel) for m in (model, clone)]
print("equal kernels:", np.array_equal(*kernels))
#> equal kernels: False


def refusal(**graph_only_argument):  # these need a Sequential or Functional model
    try:
        keras.models.clone_model(model, **graph_only_argument)
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__} - {str(e).split('. ')[0]}"


print(f"clone_function: {refusal(clone_function=lambda layer: layer)}")
"""
clone_function: ValueError - Arguments `clone_function` and `input_tensors` are only supported for Sequential models or Functional models
"""
print(f"call_function: {refusal(call_function=lambda layer, *a, **k: layer(*a, **k))}")
"""
call_function: ValueError - Argument `call_function` is only supported for Functional models
"""
print(f"input_tensors: {refusal(input_tensors=keras.Input((4,), name='x'))}")
#> input_tensors: TypeError - A symbolic KerasTensor cannot be used as a boolean.
