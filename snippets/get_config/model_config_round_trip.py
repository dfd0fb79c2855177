import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, activation="relu", name="hidden")(x)
y = keras.layers.Dense(1, name="out")(h)
model = keras.Model(x, y, name="net")

twin = keras.Model.from_config(model.get_config())
print(type(twin).__name__, twin.name, [layer.name for layer in twin.layers])
#> Functional net ['x', 'hidden', 'out']
print(twin.count_params() == model.count_params())
#> True

pairs = zip(model.weights, twin.weights)
print([np.array_equal(a.numpy(), b.numpy()) for a, b in pairs])  # kernels differ
#> [False, True, False, True]
