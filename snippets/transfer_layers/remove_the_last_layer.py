import keras
import numpy as np

keras.utils.set_random_seed(0)
body, head = keras.layers.Dense(8, name="body"), keras.layers.Dense(3, name="head")
model = keras.Sequential([keras.Input((4,)), body, head], name="sequential")
x, out = np.ones((1, 4), "float32"), keras.ops.convert_to_numpy

# Two old recipes; model.layers is a new list at each access
model.layers.pop()
before = out(model(x))
print("after model.layers.pop(): layers", len(model.layers), "output", before.shape)
#> after model.layers.pop(): layers 2 output (1, 3)
try:
    keras.Model(model.input, model.layers[-2].output)
except AttributeError as e:
    print("error:", e)
    #> error: The layer sequential has never been called and thus has no defined input.

# A Functional model up to the layer before the head: the same layers, no head
headless = keras.Model(model.inputs[0], model.layers[-2].output)
print("headless output:", tuple(headless(x).shape))
#> headless output: (1, 8)
print("same body layer:", headless.layers[-1] is body)
#> same body layer: True

# A new head on top: a new model, and the body it trains is `model`'s
new = keras.Model(headless.input, keras.layers.Dense(5)(headless.output))
new.compile("sgd", "mse")
new.fit(np.ones((8, 4)), np.ones((8, 5)), verbose=0)
print("old model changed by training new:", not np.allclose(before, out(model(x))))
#> old model changed by training new: True

# Sequential.pop() on an independent copy: clone_model, set_weights, pop
clone = keras.models.clone_model(model)  # new variables, new random values
clone.set_weights(model.get_weights())  # the trained values
clone.pop()
same = np.allclose(out(clone(x)), out(headless(x)))
print("after clone.pop(): layers", len(clone.layers), "same output as headless:", same)
#> after clone.pop(): layers 1 same output as headless: True
