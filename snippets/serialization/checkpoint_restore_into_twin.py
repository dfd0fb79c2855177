import os
import tempfile

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)


def make():
    x = keras.Input((4,), name="x")
    return keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")


model = make()
model.compile(optimizer="adam", loss="mse")
model.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=1, verbose=0)
twin = make()

with tempfile.TemporaryDirectory() as tmp:
    path = tf.train.Checkpoint(model=model, optimizer=model.optimizer).save(
        os.path.join(tmp, "ckpt")
    )
    status = tf.train.Checkpoint(model=twin).restore(path)  # matched by structure
    pairs = zip(model.weights, twin.weights)
    print([np.array_equal(a.numpy(), b.numpy()) for a, b in pairs])
    #> [True, True]
    try:
        status.assert_consumed()  # the optimizer's saved values have no home
    except AssertionError as e:
        print(type(e).__name__, str(e).split(" (root)")[0])
        #> AssertionError Unresolved object in checkpoint
    status.assert_existing_objects_matched()  # but every twin variable was restored
    status.expect_partial()  # a deliberate partial restore: no warnings at exit
    print(twin.get_layer("head").kernel is model.get_layer("head").kernel)
    #> False
