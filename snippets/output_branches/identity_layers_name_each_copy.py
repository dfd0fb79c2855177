import keras
import numpy as np

inputs = keras.Input((3,), name="x")
head = keras.layers.Dense(1, kernel_initializer="zeros", name="head")(inputs)
# One Identity layer per copy: same values, a name of your choice.
a = keras.layers.Identity(name="a")(head)
b = keras.layers.Identity(name="b")(head)
model = keras.Model(inputs, [a, b])

print("output names:", model.output_names)
#> output names: ['a', 'b']
print("parameters:", model.count_params())  # Identity adds no weights: the head's 3 + 1
#> parameters: 4

x = np.ones((4, 3), "float32")
y = np.ones((4, 1), "float32")
model.compile(optimizer="sgd", loss={"a": "mse", "b": "mae"})
logs = model.evaluate(x, {"a": y, "b": 3 * y}, verbose=0, return_dict=True)
print("evaluate logs:", sorted(logs.items()))
#> evaluate logs: [('a_loss', 1.0), ('b_loss', 3.0), ('loss', 4.0)]

history = model.fit(x, {"a": y, "b": 3 * y}, verbose=0)
print("fit logs:", sorted(history.history))
#> fit logs: ['a_loss', 'b_loss', 'loss']
