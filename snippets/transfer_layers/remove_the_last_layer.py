import keras
import numpy as np

keras.utils.set_random_seed(0)
body, head = keras.layers.Dense(8, name="body"), keras.layers.Dense(3, name="head")
model = keras.Sequential([keras.Input((4,)), body, head])
x = np.ones((1, 4), "float32")

model.layers.pop()  # Keras 2 code: pops from a copy of the list
shape = tuple(model(x).shape)
print("after model.layers.pop(): layers", len(model.layers), "output", shape)
#> after model.layers.pop(): layers 2 output (1, 3)

try:  # Keras 2 code
    keras.Model(model.input, model.layers[-2].output)
except AttributeError as e:
    print("keras.Model(model.input, ...):", type(e).__name__)
    #> keras.Model(model.input, ...): AttributeError

# A Functional model up to the layer before the head: the same layers, no head
headless = keras.Model(model.inputs[0], model.layers[-2].output)
print("headless output:", tuple(headless(x).shape))
#> headless output: (1, 8)
print("same body layer:", headless.layers[-1] is body)
#> same body layer: True

# A new head on top of it: a new model; `model` keeps its head
new_head = keras.layers.Dense(5, name="new_head")
new = keras.Model(headless.input, new_head(headless.output))
print("new model output:", tuple(new(x).shape), "old:", tuple(model(x).shape))
#> new model output: (1, 5) old: (1, 3)

# A Sequential model: pop() on the model itself (a clone here, to keep `model`)
clone = keras.models.clone_model(model)
clone.pop()
shape = tuple(clone(x).shape)
print("after clone.pop(): layers", len(clone.layers), "output", shape)
#> after clone.pop(): layers 1 output (1, 8)
