import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
y = keras.layers.Dense(2, name="head")(keras.layers.Dense(8, name="body")(x))
model = keras.Model(x, y, name="net")

text = model.to_json()  # the architecture as a JSON string, no weights
print(type(text).__name__, '"weights"' in text)
#> str False

twin = keras.models.model_from_json(text)
print(twin.name, [layer.name for layer in twin.layers], twin.built)
#> net ['x', 'body', 'head'] True
pairs = zip(model.weights, twin.weights)
print([np.array_equal(a.numpy(), b.numpy()) for a, b in pairs])
#> [False, True, False, True]
