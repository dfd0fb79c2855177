import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input((3,), name="x")
hidden = keras.layers.Dense(4, activation="relu", name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1, name="out")(hidden), name="model")

fresh = keras.models.clone_model(model)  # default: new layers, new weights
twin = keras.models.clone_model(model, clone_function=lambda layer: layer)

print(twin is model, [layer.name for layer in twin.layers])
#> False ['x', 'hidden', 'out']
print(fresh.get_layer("hidden") is model.get_layer("hidden"))
#> False
print(twin.get_layer("hidden") is model.get_layer("hidden"))
#> True
print(all(t is m for t, m in zip(twin.weights, model.weights)))
#> True

# One training step on the twin moves the original.
x = np.ones((2, 3), "float32")
before = model.predict(x, verbose=0)
twin.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
twin.fit(x, np.zeros((2, 1)), epochs=1, verbose=0)
print(np.allclose(before, model.predict(x, verbose=0)))
#> False
print(np.allclose(model.predict(x, verbose=0), twin.predict(x, verbose=0)))
#> True
