# TensorFlow only: tf.train.Checkpoint tracks Keras 3 objects on the TensorFlow backend.
import os
import tempfile

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
to_np = keras.ops.convert_to_numpy

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
model.compile(optimizer="adam", loss="mse")
data = (np.ones((8, 4)), np.zeros((8, 2)))
model.fit(*data, epochs=1, verbose=0)
kernel = model.get_layer("head").kernel

with tempfile.TemporaryDirectory() as tmp:
    ckpt = tf.train.Checkpoint(model=model, optimizer=model.optimizer)
    path = ckpt.save(os.path.join(tmp, "ckpt"))  # numbered: ckpt-1
    newest = tf.train.latest_checkpoint(tmp) == path
    print("saved as:", os.path.basename(path), "- latest_checkpoint finds it:", newest)
    #> saved as: ckpt-1 - latest_checkpoint finds it: True
    saved = [to_np(w).copy() for w in model.weights]

    model.fit(*data, epochs=1, verbose=0)  # move away from the checkpoint
    as_saved = [np.array_equal(a, to_np(w)) for a, w in zip(saved, model.weights)]
    step = int(to_np(model.optimizer.iterations))
    print("weights as saved:", as_saved, "step:", step)
    #> weights as saved: [False, False] step: 2

    ckpt.restore(path).assert_consumed()  # every saved value found its variable
    as_saved = [np.array_equal(a, to_np(w)) for a, w in zip(saved, model.weights)]
    print("after restore:", as_saved, "step:", int(to_np(model.optimizer.iterations)))
    #> after restore: [True, True] step: 1
    print("same kernel variable as before:", model.get_layer("head").kernel is kernel)
    #> same kernel variable as before: True
