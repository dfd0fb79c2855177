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
print("noisy layers:", [layer.name for layer in noisy.layers])
#> noisy layers: ['x', 'hidden', 'drop', 'out']
same = all(n is m for n, m in zip(noisy.weights, model.weights, strict=True))
print("same variables:", same)
#> same variables: True

x = np.ones((2, 3), "float32")
out = keras.ops.convert_to_numpy(model(x))
at_inference = keras.ops.convert_to_numpy(noisy(x))
print("equal at inference:", np.allclose(at_inference, out))
#> equal at inference: True
in_training = keras.ops.convert_to_numpy(noisy(x, training=True))
print("equal with training=True:", np.allclose(in_training, out))
#> equal with training=True: False
