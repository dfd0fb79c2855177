import keras
import numpy as np

keras.utils.set_random_seed(0)

layers = [
    keras.layers.Dense(64, activation="relu", name=f"dense_{i}") for i in range(3)
]
model = keras.Sequential([keras.Input((64,)), *layers])  # an input shape builds them

print([layer.built for layer in layers])
#> [True, True, True]
print([len(layer.get_weights()) for layer in layers])  # kernel and bias each
#> [2, 2, 2]
kernels = [layer.kernel.numpy() for layer in layers]
print(np.array_equal(kernels[0], kernels[1]), np.array_equal(kernels[1], kernels[2]))
#> False False
print(model.count_params())  # 3 * (64 * 64 + 64)
#> 12480
