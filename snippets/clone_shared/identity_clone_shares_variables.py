import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input((3,), name="x")
hidden = keras.layers.Dense(4, activation="relu", name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1, name="out")(hidden), name="model")

fresh = keras.models.clone_model(model)  # default: new layers, new weights
twin = keras.models.clone_model(model, clone_function=lambda layer: layer)

hidden = model.get_layer("hidden")
print("twin is model:", twin is model)
#> twin is model: False
print("twin layers:", [layer.name for layer in twin.layers])
#> twin layers: ['x', 'hidden', 'out']
print("default clone, same layer:", fresh.get_layer("hidden") is hidden)
#> default clone, same layer: False
print("identity clone, same layer:", twin.get_layer("hidden") is hidden)
#> identity clone, same layer: True
same = all(t is m for t, m in zip(twin.weights, model.weights, strict=True))
print("identity clone, same variables:", same)
#> identity clone, same variables: True

# One training step on the twin moves the original.
x = np.ones((2, 3), "float32")
before = model.predict(x, verbose=0)
twin.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
twin.fit(x, np.zeros((2, 1)), epochs=1, verbose=0)
print("original unchanged:", np.allclose(before, model.predict(x, verbose=0)))
#> original unchanged: False
same = np.allclose(model.predict(x, verbose=0), twin.predict(x, verbose=0))
print("original and twin agree:", same)
#> original and twin agree: True
