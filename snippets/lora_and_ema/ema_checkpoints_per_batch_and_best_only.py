import os
import tempfile

import keras
import numpy as np
from keras import ops


def build(compile=True):
    inputs = keras.Input((1,), name="x")
    layer = keras.layers.Dense(1, use_bias=False, kernel_initializer="ones", name="w")
    model = keras.Model(inputs, layer(inputs), name="m")
    optimizer = keras.optimizers.SGD(0.1, use_ema=True, ema_momentum=0.5)
    if compile:
        model.compile(optimizer=optimizer, loss="mse")
    return model


def saved(swap, **options):  # the kernel the checkpoint file holds after 2 epochs
    path = os.path.join(tempfile.mkdtemp(), "ckpt.weights.h5")
    saver = keras.callbacks.ModelCheckpoint(path, save_weights_only=True, **options)
    x, y = np.ones((2, 1), "float32"), np.full((2, 1), 3.0, "float32")
    data = {"batch_size": 1, "epochs": 2, "verbose": 0, "validation_data": (x, y)}
    build().fit(x, y, callbacks=[swap, saver], **data)
    reader = build(compile=False)
    reader.load_weights(path)
    return round(float(ops.convert_to_numpy(reader.weights[0]).item()), 4)


keras.utils.set_random_seed(0)
S = keras.callbacks.SwapEMAWeights
print("save_freq=2, swap_on_epoch=True:", saved(S(swap_on_epoch=True), save_freq=2))
#> save_freq=2, swap_on_epoch=True: 2.1808
best = saved(S(), save_best_only=True)
print("save_best_only, SwapEMAWeights():", best)
#> save_best_only, SwapEMAWeights(): 2.1808
best = saved(S(swap_on_epoch=True), save_best_only=True)
print("save_best_only, swap_on_epoch=True:", best)
#> save_best_only, swap_on_epoch=True: 1.9744
