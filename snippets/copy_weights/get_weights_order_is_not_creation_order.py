import keras


class Scale(keras.layers.Layer):
    """Creates a non-trainable counter first, then a trainable scale."""

    def build(self, input_shape):  # creates calls, then scale
        self.calls = self.add_weight(
            shape=(), initializer="zeros", trainable=False, name="calls"
        )
        self.scale = self.add_weight(shape=(input_shape[-1],), name="scale")

    def call(self, x):
        self.calls.assign_add(1.0)
        return x * self.scale


class Block(keras.layers.Layer):
    """Builds its Dense sublayer first, then its own offset."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(2, name="dense")

    def build(self, input_shape):  # creates dense's kernel and bias, then offset
        self.dense.build(input_shape)
        self.offset = self.add_weight(shape=(2,), name="offset")

    def call(self, x):
        return self.dense(x) + self.offset


model = keras.Sequential(
    [keras.Input((3,)), Scale(name="s"), Block(name="b")], name="m"
)
print("s lists:", [w.name for w in model.get_layer("s").weights])
#> s lists: ['scale', 'calls']
print("b lists:", [w.path for w in model.get_layer("b").weights])
#> b lists: ['m/b/offset', 'm/b/dense/kernel', 'm/b/dense/bias']
print("get_weights() shapes:", [w.shape for w in model.get_weights()])
#> get_weights() shapes: [(3,), (), (2,), (3, 2), (2,)]
