import keras


class Scale(keras.layers.Layer):
    def __init__(self, factor, **kwargs):  # accept name, trainable, dtype...
        super().__init__(**kwargs)  # ...and hand them to Layer
        self.factor = factor

    def call(self, x):
        return x * self.factor


x = keras.Input((3,), name="x")
model = keras.Model(x, Scale(2.0, name="scale")(x), name="net")
model.get_layer("scale").trainable = False

clone = keras.models.clone_model(model)
layer = clone.get_layer("scale")
print("cloned:", type(layer).__name__, layer.name, layer.factor)
#> cloned: Scale scale 2.0
print("frozen in the clone too:", layer.trainable is False)
#> frozen in the clone too: True
print("new layer:", layer is not model.get_layer("scale"))
#> new layer: True
