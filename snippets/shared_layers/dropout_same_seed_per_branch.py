import os
import tempfile

import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
encoder = keras.layers.Dense(8, name="encoder")  # shared by both branches
left_in, right_in = keras.Input((8,)), keras.Input((8,))
left = keras.layers.Dropout(0.5, seed=1, name="left_dropout")(encoder(left_in))
right = keras.layers.Dropout(0.5, seed=1, name="right_dropout")(encoder(right_in))
siamese = keras.Model([left_in, right_in], [left, right])
x = np.ones((2, 8), "float32")  # the same input on both branches


def same_output(model):  # three training calls: does each give equal branches?
    calls = [map(ops.convert_to_numpy, model([x, x], training=True)) for _ in "abc"]
    return [np.array_equal(*branches) for branches in calls]


print("training, same output on both branches:", same_output(siamese))
#> training, same output on both branches: [True, True, True]
siamese.compile("sgd", "mse")
siamese.fit([x, x], [x, x], epochs=2, verbose=0)
print("after fit, same output on both branches:", same_output(siamese))
#> after fit, same output on both branches: [True, True, True]
path = os.path.join(tempfile.mkdtemp(), "siamese.keras")
siamese.save(path)
reloaded = keras.models.load_model(path)
print("reloaded, same output on both branches:", same_output(reloaded))
#> reloaded, same output on both branches: [True, True, True]
left_tower = keras.Model(left_in, left)  # the left branch alone, e.g. for embeddings
left_tower(x, training=True)  # one call: only left_dropout's seed state moves on
print("after one left-tower call, same output:", same_output(siamese))
#> after one left-tower call, same output: [False, False, False]
