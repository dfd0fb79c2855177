import keras
import numpy as np
from keras import ops


def value(v):
    return round(float(ops.convert_to_numpy(v).item()), 4)


class Record(keras.callbacks.Callback):  # reads the weight when validation starts
    def on_test_begin(self, logs=None):
        self.seen.append(value(self.model.weights[0]))


def fit_and_record(callbacks):
    inputs = keras.Input((1,), name="x")
    layer = keras.layers.Dense(1, use_bias=False, kernel_initializer="ones", name="w")
    model = keras.Model(inputs, layer(inputs), name="m")
    optimizer = keras.optimizers.SGD(0.1, use_ema=True, ema_momentum=0.5)
    model.compile(optimizer=optimizer, loss="mse")
    record = Record()
    record.seen = []
    x, y = np.ones((2, 1), "float32"), np.full((2, 1), 3.0, "float32")
    checked = {"validation_data": (x, y), "callbacks": [*callbacks, record]}
    model.fit(x, y, batch_size=1, epochs=2, verbose=0, **checked)
    return record.seen, value(model.weights[0])


keras.utils.set_random_seed(0)
plain, plain_end = fit_and_record([])
swapped, swapped_end = fit_and_record([keras.callbacks.SwapEMAWeights()])
print("validation saw, no callback:", plain)
#> validation saw, no callback: [1.72, 2.1808]
print("validation saw, with SwapEMAWeights:", swapped)
#> validation saw, with SwapEMAWeights: [1.56, 1.9744]
print("weight after fit, without and with the callback:", plain_end, swapped_end)
#> weight after fit, without and with the callback: 1.9744 1.9744
