import keras
import numpy as np

keras.utils.set_random_seed(0)

layers = [
    keras.layers.Dense(64, activation="relu", name=f"dense_{i}") for i in range(3)
]
model = keras.Sequential([keras.Input((64,)), *layers])  # an input shape builds them

print("built:", [layer.built for layer in layers])
#> built: [True, True, True]
print("weights per layer:", [len(layer.get_weights()) for layer in layers])
#> weights per layer: [2, 2, 2]
k0, k1, k2 = (keras.ops.convert_to_numpy(layer.kernel) for layer in layers)
print("equal kernels 0-1, 1-2:", np.array_equal(k0, k1), np.array_equal(k1, k2))
#> equal kernels 0-1, 1-2: False False
print("parameters:", model.count_params())  # 3 * (64 * 64 + 64)
#> parameters: 12480
