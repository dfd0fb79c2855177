import keras
import numpy as np

keras.utils.set_random_seed(0)

block = keras.layers.Dense(4, name="block")  # 4 -> 4, so it can follow itself
model = keras.Sequential([keras.Input((4,)), block, block], name="seq")

print([layer.name for layer in model.layers])
#> ['block', 'block']
print(model.layers[0] is model.layers[1])
#> True
print(len(model.weights), model.count_params())  # one kernel, one bias: 16 + 4
#> 2 20

x = np.ones((1, 4), "float32")
print(np.allclose(model(x), block(block(x))))
#> True
