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
print("Twice layers:", [layer.name for layer in twice.layers])
#> Twice layers: ['block']
print("Twice weights:", len(twice.weights), "| params:", twice.count_params())
#> Twice weights: 2 | params: 20

siamese = Siamese(name="siamese")
difference = keras.ops.convert_to_numpy(siamese([x, x]))
print("equal inputs give zero difference:", np.allclose(difference, 0.0))
#> equal inputs give zero difference: True
print("Siamese layers:", [layer.name for layer in siamese.layers])
#> Siamese layers: ['encoder']
print("Siamese params:", siamese.count_params())
#> Siamese params: 10
