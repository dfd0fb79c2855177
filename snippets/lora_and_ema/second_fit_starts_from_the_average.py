# Printed on the TensorFlow backend (the pinned stack).
import keras
import numpy as np
from keras import ops


def run(epochs_per_fit):
    keras.utils.set_random_seed(0)
    inputs = keras.Input((1,), name="x")
    layer = keras.layers.Dense(1, use_bias=False, kernel_initializer="ones", name="w")
    model = keras.Model(inputs, layer(inputs), name="m")
    optimizer = keras.optimizers.SGD(0.1, use_ema=True, ema_momentum=0.5)
    model.compile(optimizer=optimizer, loss="mse")
    x, y = np.ones((2, 1), "float32"), np.full((2, 1), 3.0, "float32")
    for epochs in epochs_per_fit:
        model.fit(x, y, batch_size=1, epochs=epochs, shuffle=False, verbose=0)
    return round(float(ops.convert_to_numpy(layer.kernel).item()), 4)


print("one fit(epochs=2):", run([2]))
#> one fit(epochs=2): 1.9744
print("two fit(epochs=1):", run([1, 1]))
#> two fit(epochs=1): 1.8912
