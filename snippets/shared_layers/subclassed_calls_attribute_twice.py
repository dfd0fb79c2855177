import keras
import numpy as np


class Twice(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.block = keras.layers.Dense(4, name="block")

    def call(self, x):
        return self.block(self.block(x))  # the same attribute, called twice


class Siamese(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.encoder = keras.layers.Dense(2, name="encoder")

    def call(self, inputs):
        a, b = inputs
        return self.encoder(a) - self.encoder(b)


keras.utils.set_random_seed(0)
x = np.ones((1, 4), "float32")
twice = Twice(name="twice")
twice(x)
print([layer.name for layer in twice.layers], len(twice.weights))
#> ['block'] 2
print(twice.count_params())
#> 20

siamese = Siamese(name="siamese")
print(np.allclose(siamese([x, x]), 0.0))  # equal inputs, equal embeddings
#> True
print([layer.name for layer in siamese.layers], siamese.count_params())
#> ['encoder'] 10
