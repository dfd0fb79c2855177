import os
import tempfile

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
model.compile(optimizer="adam", loss="mse")
data = (np.ones((8, 4)), np.zeros((8, 2)))
model.fit(*data, epochs=1, verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    ckpt = tf.train.Checkpoint(model=model, optimizer=model.optimizer)
    path = ckpt.save(os.path.join(tmp, "ckpt"))  # numbered: ckpt-1
    print(os.path.basename(path), tf.train.latest_checkpoint(tmp) == path)
    #> ckpt-1 True
    saved = [w.numpy().copy() for w in model.weights]

    model.fit(*data, epochs=1, verbose=0)  # move away from the checkpoint
    print([np.array_equal(a, w.numpy()) for a, w in zip(saved, model.weights)])
    #> [False, False]
    print(int(model.optimizer.iterations.numpy()))
    #> 2

    ckpt.restore(path).assert_consumed()  # every saved value found its variable
    print([np.array_equal(a, w.numpy()) for a, w in zip(saved, model.weights)])
    #> [True, True]
    print(int(model.optimizer.iterations.numpy()))
    #> 1
