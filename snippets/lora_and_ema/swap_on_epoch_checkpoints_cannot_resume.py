import os
import tempfile

import keras
import numpy as np
from keras import ops


def build():
    inputs = keras.Input((1,), name="x")
    layer = keras.layers.Dense(1, use_bias=False, kernel_initializer="ones", name="w")
    model = keras.Model(inputs, layer(inputs), name="m")
    optimizer = keras.optimizers.SGD(0.1, use_ema=True, ema_momentum=0.5)
    model.compile(optimizer=optimizer, loss="mse")
    return model


def value(v):
    return round(float(ops.convert_to_numpy(v).item()), 4)


keras.utils.set_random_seed(0)
x, y = np.ones((2, 1), "float32"), np.full((2, 1), 3.0, "float32")
tmp = tempfile.mkdtemp()
before = keras.callbacks.ModelCheckpoint(os.path.join(tmp, "before{epoch}.keras"))
after = keras.callbacks.ModelCheckpoint(os.path.join(tmp, "after{epoch}.keras"))
swap = keras.callbacks.SwapEMAWeights(swap_on_epoch=True)
model = build()
model.fit(x, y, batch_size=1, epochs=2, verbose=0, callbacks=[before, swap, after])
print("uninterrupted, 2 epochs:", value(model.weights[0]))
#> uninterrupted, 2 epochs: 1.9744
for name in ("before", "after"):
    resumed = keras.models.load_model(os.path.join(tmp, f"{name}1.keras"))
    average = next(v for v in resumed.optimizer.variables if "_average" in v.path)
    saved = f"weight {value(resumed.weights[0])}, average {value(average)}"
    resumed.fit(x, y, batch_size=1, epochs=1, verbose=0)  # the second epoch
    print(f"{name} the swap: saved {saved}, resumed: {value(resumed.weights[0])}")
    #> before the swap: saved weight 1.72, average 1.56, resumed: 1.9744
    #> after the swap: saved weight 1.56, average 1.72, resumed: 1.9312
