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


def saved_by_checkpoint(swap, swap_first=True):
    path = os.path.join(tempfile.mkdtemp(), "epoch{epoch}.weights.h5")
    saver = keras.callbacks.ModelCheckpoint(path, save_weights_only=True)
    callbacks = [swap, saver] if swap_first else [saver, swap]
    x, y = np.ones((2, 1), "float32"), np.full((2, 1), 3.0, "float32")
    build().fit(x, y, batch_size=1, epochs=2, verbose=0, callbacks=callbacks)
    reader, seen = build(compile=False), []
    for epoch in (1, 2):  # the kernel each checkpoint holds
        reader.load_weights(path.format(epoch=epoch))
        seen.append(round(float(ops.convert_to_numpy(reader.weights[0]).item()), 4))
    return seen


keras.utils.set_random_seed(0)
S = keras.callbacks.SwapEMAWeights
print("SwapEMAWeights():", saved_by_checkpoint(S()))
#> SwapEMAWeights(): [1.72, 2.1808]
print("SwapEMAWeights(swap_on_epoch=True):", saved_by_checkpoint(S(swap_on_epoch=True)))
#> SwapEMAWeights(swap_on_epoch=True): [1.56, 1.9744]
late = saved_by_checkpoint(S(swap_on_epoch=True), swap_first=False)
print("swap_on_epoch=True, listed after the checkpoint:", late)
#> swap_on_epoch=True, listed after the checkpoint: [1.72, 2.1808]
