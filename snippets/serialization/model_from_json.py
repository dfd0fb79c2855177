import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
y = keras.layers.Dense(2, name="head")(keras.layers.Dense(8, name="body")(x))
model = keras.Model(x, y, name="net")

text = model.to_json()  # the architecture as a JSON string, no weights
print("to_json returns:", type(text).__name__, '- has "weights":', '"weights"' in text)
#> to_json returns: str - has "weights": False

twin = keras.models.model_from_json(text)
print("twin:", twin.name, [layer.name for layer in twin.layers], "built:", twin.built)
#> twin: net ['x', 'body', 'head'] built: True
for a, b in zip(model.weights, twin.weights):  # fresh kernels, zero biases match
    equal = np.array_equal(keras.ops.convert_to_numpy(a), keras.ops.convert_to_numpy(b))
    print(f"{a.path}: equal values:", equal)
    #> body/kernel: equal values: False
    #> body/bias: equal values: True
    #> head/kernel: equal values: False
    #> head/bias: equal values: True
