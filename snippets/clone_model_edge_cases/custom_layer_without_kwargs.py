import keras


class Scale(keras.layers.Layer):
    def __init__(self, factor):  # no **kwargs
        super().__init__()
        self.factor = factor

    def call(self, x):
        return x * self.factor


x = keras.Input((3,), name="x")
model = keras.Model(x, Scale(2.0)(x), name="net")

# Keras 3 generates the config from the constructor arguments and adds its own.
print("config keys:", sorted(model.layers[1].get_config()))
#> config keys: ['dtype', 'factor', 'trainable']
try:
    keras.models.clone_model(model)  # calls Scale(**config)
except TypeError as e:
    print("raised:", type(e).__name__, "-", str(e).split(" using")[0])
    #> raised: TypeError - Error when deserializing class 'Scale'
    cause = str(e).split("Exception encountered: ")[1]
    print("because:", cause.split("() ")[1])
    #> because: got an unexpected keyword argument 'trainable'


class ScaleWithConfig(Scale):  # a get_config() built on super().get_config()
    def get_config(self):
        return {**super().get_config(), "factor": self.factor}


model = keras.Model(x, ScaleWithConfig(2.0)(x), name="net")
try:
    keras.models.clone_model(model)
except TypeError as e:
    cause = str(e).split("Exception encountered: ")[1]
    print("with get_config:", cause.split("() ")[1])
    #> with get_config: got an unexpected keyword argument 'name'
