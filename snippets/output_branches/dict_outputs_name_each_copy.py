import keras
import numpy as np

inputs = keras.Input((3,), name="x")
head = keras.layers.Dense(1, kernel_initializer="zeros", name="head")(inputs)
model = keras.Model(inputs, {"a": head, "b": head})  # the keys name the copies

print("output names:", model.output_names)  # still the layer's name, twice
#> output names: ['head', 'head']
print("layers:", [layer.name for layer in model.layers])  # no layer added
#> layers: ['x', 'head']

x = np.ones((4, 3), "float32")
y = np.ones((4, 1), "float32")
predictions = model.predict(x, verbose=0)
print("predict keys:", sorted(predictions))
#> predict keys: ['a', 'b']
print("equal predictions:", np.array_equal(predictions["a"], predictions["b"]))
#> equal predictions: True

# Losses, targets and logs follow the dict keys.
model.compile(optimizer="sgd", loss={"a": "mse", "b": "mae"})
logs = model.evaluate(x, {"a": y, "b": 3 * y}, verbose=0, return_dict=True)
print("evaluate logs:", sorted(logs.items()))
#> evaluate logs: [('a_loss', 1.0), ('b_loss', 3.0), ('loss', 4.0)]
