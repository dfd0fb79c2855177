import keras
import numpy as np

keras.utils.set_random_seed(0)

block = keras.layers.Dense(4, name="block")  # 4 -> 4, so it can follow itself
model = keras.Sequential([keras.Input((4,)), block, block], name="seq")

print("layers:", [layer.name for layer in model.layers])
#> layers: ['block', 'block']
print("same object twice:", model.layers[0] is model.layers[1])
#> same object twice: True
print("weights:", len(model.weights), "| params:", model.count_params())  # 16 + 4
#> weights: 2 | params: 20

x = np.ones((1, 4), "float32")
out = keras.ops.convert_to_numpy(model(x))
by_hand = keras.ops.convert_to_numpy(block(block(x)))
print("computes block(block(x)):", np.allclose(out, by_hand))
#> computes block(block(x)): True
