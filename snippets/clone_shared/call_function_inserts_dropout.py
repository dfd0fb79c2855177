import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input((3,), name="x")
hidden = keras.layers.Dense(8, activation="relu", name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1, name="out")(hidden), name="model")


def add_dropout(layer, *args, **kwargs):  # how each layer is called in the copy
    outputs = layer(*args, **kwargs)
    if layer.name == "hidden":
        outputs = keras.layers.Dropout(0.5, name="drop")(outputs)
    return outputs


noisy = keras.models.clone_model(
    model, clone_function=lambda layer: layer, call_function=add_dropout
)
print([layer.name for layer in noisy.layers])
#> ['x', 'hidden', 'drop', 'out']
print(all(n is m for n, m in zip(noisy.weights, model.weights)))
#> True

x = np.ones((2, 3), "float32")
print(np.allclose(noisy(x), model(x)))  # inference: Dropout is the identity
#> True
print(np.allclose(noisy(x, training=True), model(x)))  # training: it drops
#> False
