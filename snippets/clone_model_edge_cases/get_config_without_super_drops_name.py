import warnings

import keras


class Scale(keras.layers.Layer):
    def __init__(self, factor, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):  # only its own argument, not super().get_config()
        return {"factor": self.factor}


x = keras.Input((3,), name="x")
model = keras.Model(x, Scale(2.0, name="my_scale", trainable=False)(x), name="net")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    clone = keras.models.clone_model(model)  # no error...
print("warnings:", len(caught))
#> warnings: 0
layer = clone.layers[1]
print("factor:", layer.factor)
#> factor: 2.0
print("name kept:", layer.name == "my_scale")
#> name kept: False
print("trainable kept:", layer.trainable is False)
#> trainable kept: False


class FixedScale(Scale):
    def get_config(self):
        return {**super(Scale, self).get_config(), "factor": self.factor}


model = keras.Model(x, FixedScale(2.0, name="my_scale", trainable=False)(x), name="net")
layer = keras.models.clone_model(model).layers[1]
print("with super().get_config(), name and trainable:", layer.name, layer.trainable)
#> with super().get_config(), name and trainable: my_scale False
