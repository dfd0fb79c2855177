import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, activation="relu", name="hidden")(x)
y = keras.layers.Dense(1, name="out")(h)
model = keras.Model(x, y, name="net")

twin = keras.Model.from_config(model.get_config())
print("twin:", type(twin).__name__, twin.name, [layer.name for layer in twin.layers])
#> twin: Functional net ['x', 'hidden', 'out']
print("twin built:", twin.built, "weights:", len(twin.weights))
#> twin built: True weights: 4
print("same parameter count:", twin.count_params() == model.count_params())
#> same parameter count: True
print("any variable shared:", any(a is b for a, b in zip(model.weights, twin.weights)))
#> any variable shared: False

for a, b in zip(model.weights, twin.weights):  # kernels drawn again, zero biases match
    equal = np.array_equal(keras.ops.convert_to_numpy(a), keras.ops.convert_to_numpy(b))
    print(f"{a.path}: equal values:", equal)
    #> hidden/kernel: equal values: False
    #> hidden/bias: equal values: True
    #> out/kernel: equal values: False
    #> out/bias: equal values: True
