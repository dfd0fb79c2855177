# TensorFlow only: tf.train.Checkpoint tracks Keras 3 objects on the TensorFlow backend.
import os
import tempfile

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)


def make():
    x = keras.Input((4,), name="x")
    return keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")


def equal(a, b):
    return np.array_equal(keras.ops.convert_to_numpy(a), keras.ops.convert_to_numpy(b))


model = make()
model.compile(optimizer="adam", loss="mse")
model.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=1, verbose=0)
twin = make()

with tempfile.TemporaryDirectory() as tmp:
    ckpt = tf.train.Checkpoint(model=model, optimizer=model.optimizer)
    path = ckpt.save(os.path.join(tmp, "ckpt"))
    status = tf.train.Checkpoint(model=twin).restore(path)  # matched by structure
    restored = [equal(a, b) for a, b in zip(model.weights, twin.weights)]
    print("twin equal to source:", restored)
    #> twin equal to source: [True, True]
    try:
        status.assert_consumed()  # the optimizer's saved values have no home
    except AssertionError as e:
        print("error:", type(e).__name__, "-", str(e).split(" (root)")[0])
        #> error: AssertionError - Unresolved object in checkpoint
    status.assert_existing_objects_matched()  # but every twin variable was restored
    print("assert_existing_objects_matched: passed")
    #> assert_existing_objects_matched: passed
    status.expect_partial()  # a deliberate partial restore: no warnings at exit
    same = twin.get_layer("head").kernel is model.get_layer("head").kernel
    print("same kernel variable:", same)
    #> same kernel variable: False
