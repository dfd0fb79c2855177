import keras
import numpy as np


class Tower(keras.Model):
    def __init__(self, depth=3, **kwargs):
        super().__init__(**kwargs)
        # A Python list of layers is tracked: every block's weights belong to the model.
        self.blocks = [keras.layers.Dense(8, name=f"block_{i}") for i in range(depth)]

    def call(self, x):
        for block in self.blocks:
            x = block(x)
        return x


model = Tower(name="tower")
model(np.zeros((1, 8)))
print("model layers:", [layer.name for layer in model.layers])
#> model layers: ['block_0', 'block_1', 'block_2']
weights = len(model.trainable_weights)
print("parameters:", model.count_params(), "trainable weights:", weights)
#> parameters: 216 trainable weights: 6
