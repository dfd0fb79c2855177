import keras
import numpy as np

inputs = keras.Input((3,), name="x")
model = keras.Model(inputs, keras.layers.Dense(1, name="out")(inputs), name="model")
twin = keras.models.clone_model(model, clone_function=lambda layer: layer)
print("twin name:", twin.name)
#> twin name: model

x = keras.Input((3,), name="input")
try:  # both in one graph, e.g. a clean and a noisy branch
    keras.Model(x, [model(x), twin(x)])
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(".")[0])
    #> error: ValueError - The name "model" is used 2 times in the model

twin.name = "twin"  # rename the copy first
both = keras.Model(x, [model(x), twin(x)], name="both")
print("layers:", [layer.name for layer in both.layers], "| weights:", len(both.weights))
#> layers: ['input', 'model', 'twin'] | weights: 2
branches = [keras.ops.convert_to_numpy(y) for y in both(np.ones((1, 3), "float32"))]
print("branches agree:", np.allclose(*branches))
#> branches agree: True
