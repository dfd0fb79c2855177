import keras
import numpy as np

inputs = keras.Input((3,), name="x")
head = keras.layers.Dense(1, kernel_initializer="zeros", name="head")(inputs)
model = keras.Model(inputs, [head, head])

x = np.ones((4, 3), "float32")
y = np.ones((4, 1), "float32")

# Names the model does not have: rejected when the loss is first computed.
model.compile(optimizer="sgd", loss={"a": "mse", "b": "mae"})
try:
    model.evaluate(x, [y, 3 * y], verbose=0)
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(", but")[0])
    #> error: ValueError - Expected keys ['head', 'head'] in loss dict

# The duplicated name: one loss, applied to both outputs.
model.compile(optimizer="sgd", loss={"head": "mae"})
logs = model.evaluate(x, [y, 3 * y], verbose=0, return_dict=True)
print("evaluate logs:", sorted(logs.items()))  # total 1 + 3: mae on both
#> evaluate logs: [('head_loss', 3.0), ('loss', 4.0)]
