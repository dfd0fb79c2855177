import keras
import numpy as np

inputs = keras.Input((3,), name="x")
head = keras.layers.Dense(1, kernel_initializer="zeros", name="head")(inputs)
model = keras.Model(inputs, [head, head])  # the same tensor, twice

print("output names:", model.output_names)  # both named after the layer
#> output names: ['head', 'head']
print("same tensor:", model.outputs[0] is model.outputs[1])
#> same tensor: True

x = np.ones((4, 3), "float32")
y = np.ones((4, 1), "float32")
a, b = model.predict(x, verbose=0)
print("equal predictions:", np.array_equal(a, b))
#> equal predictions: True

# One loss per output, by position. The model predicts 0 everywhere:
# mse against 1 is 1.0, mae against 3 is 3.0.
model.compile(optimizer="sgd", loss=["mse", "mae"])
logs = model.evaluate(x, [y, 3 * y], verbose=0, return_dict=True)
print("evaluate logs:", sorted(logs.items()))  # one "head_loss" key for two losses
#> evaluate logs: [('head_loss', 3.0), ('loss', 4.0)]
print("metrics_names:", model.metrics_names)
#> metrics_names: ['loss', 'head_loss', 'head_loss']

history = model.fit(x, [y, 3 * y], verbose=0)
print("fit logs:", sorted(history.history))
#> fit logs: ['head_loss', 'loss']
