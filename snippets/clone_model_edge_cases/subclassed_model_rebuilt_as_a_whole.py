import keras

calls = {"Double.from_config": 0, "Net.__init__": 0}


class Double(keras.layers.Layer):
    def call(self, x):
        return x * 2.0

    @classmethod
    def from_config(cls, config):  # what clone_model calls for each layer it rebuilds
        calls["Double.from_config"] += 1
        return super().from_config(config)


class Net(keras.Model):  # a subclassed model: its __init__ makes its layers
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        calls["Net.__init__"] += 1
        self.times_two = Double(name="double")

    def call(self, x):
        return self.times_two(x)


def calls_made_by_clone_model(model):
    calls.update(dict.fromkeys(calls, 0))
    keras.models.clone_model(model)
    return calls


x = keras.Input((3,), name="x")
functional = keras.Model(x, Double(name="double")(x))
sequential = keras.Sequential([keras.Input((3,)), Double(name="double")])
subclassed = Net()
subclassed(keras.ops.ones((1, 3)))
print("Functional:", calls_made_by_clone_model(functional))
#> Functional: {'Double.from_config': 1, 'Net.__init__': 0}
print("Sequential:", calls_made_by_clone_model(sequential))
#> Sequential: {'Double.from_config': 1, 'Net.__init__': 0}
print("subclassed:", calls_made_by_clone_model(subclassed))
#> subclassed: {'Double.from_config': 0, 'Net.__init__': 1}
