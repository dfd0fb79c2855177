import os
import re
import tempfile
import textwrap

import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
encoder = keras.Sequential(  # takes (batch, 2, 8): both branches, stacked
    [
        keras.Input((2, 8)),
        keras.layers.Dense(8),
        # noise_shape 1 on the branch axis: one mask per example, for both branches
        keras.layers.Dropout(0.5, noise_shape=(None, 1, 8), seed=1),
    ],
    name="encoder",
)
left_in, right_in = keras.Input((8,)), keras.Input((8,))
pair = encoder(ops.stack([left_in, right_in], axis=1))  # one call for both branches
siamese = keras.Model([left_in, right_in], [pair[:, 0], pair[:, 1]])
x = np.ones((2, 8), "float32")  # the same input on both branches
left, right = map(ops.convert_to_numpy, siamese([x, x], training=True))
print("training, same output on both branches:", np.array_equal(left, right))
#> training, same output on both branches: True
print("two examples, same mask:", np.array_equal(left[0] == 0, left[1] == 0))
#> two examples, same mask: False
siamese.compile("sgd", "mse")  # the next steps: train, save, reload
siamese.fit([x, x], [x, x], epochs=1, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "siamese.keras")
siamese.save(path)
reloaded = keras.models.load_model(path)
left, right = map(ops.convert_to_numpy, reloaded([x, x], training=True))
print("reloaded, training, same output on both branches:", np.array_equal(left, right))
#> reloaded, training, same output on both branches: True
one_item = encoder(x[:, None])  # one item alone: a branch axis of size 1
print("one item, x[:, None]:", tuple(one_item.shape))
#> one item, x[:, None]: (2, 1, 8)
one_branch = keras.Sequential([keras.Input((8,)), keras.layers.Dense(8)])
try:  # an encoder built for one branch, (batch, 8), refuses the stack
    one_branch(ops.stack([left_in, right_in], axis=1))
except ValueError as e:
    print(type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> ValueError - Exception encountered when calling Sequential.call(). [...]
    shapes = re.search(r"expected shape=.*?found shape=\(.*?\)", str(e))[0]
    print("one-branch encoder:", shapes)
    #> one-branch encoder: expected shape=(None, 8), found shape=(None, 2, 8)
