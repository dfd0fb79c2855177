import copy

import keras
import numpy as np

keras.utils.set_random_seed(0)


def kernel(layer):
    return keras.ops.convert_to_numpy(layer.kernel)


src = keras.layers.Dense(64, activation="relu", name="dense")
src.build((None, 128))
new = keras.layers.Dense(64, activation="relu", name="dense")  # the article's duplicate
new.build((None, 128))
print("new instance: same config:", new.get_config() == src.get_config())
#> new instance: same config: True
print("new instance: same weight values:", np.array_equal(kernel(new), kernel(src)))
#> new instance: same weight values: False

replica = copy.deepcopy(src)  # one way to replicate the values too
print("deepcopy: same weight values:", np.array_equal(kernel(replica), kernel(src)))
#> deepcopy: same weight values: True
print("deepcopy: same variable:", replica.kernel is src.kernel)
#> deepcopy: same variable: False
