import re

import keras
import numpy as np

keras.utils.set_random_seed(0)


def make(units, name):
    hidden = keras.layers.Dense(units, name="hidden")
    layers = [keras.Input((3,)), hidden, keras.layers.Dense(1)]
    model = keras.Sequential(layers, name=name)
    model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
    return model


src, twin, other = make(8, "src"), make(8, "twin"), make(6, "other")  # 6: other shapes
src.train_on_batch(np.random.rand(4, 3), np.random.rand(4, 1))
print("optimizer has get_weights:", hasattr(src.optimizer, "get_weights"))
#> optimizer has get_weights: False
values = [keras.ops.convert_to_numpy(v) for v in src.optimizer.variables]

try:  # Keras 2 code: set_weights on an optimizer that has not trained yet
    twin.optimizer.set_weights(values)
except ValueError as e:
    found = re.search(r"optimizer that has not yet been built", str(e))[0]
    print("before build:", type(e).__name__, "-", found)
    #> before build: ValueError - optimizer that has not yet been built
twin.optimizer.build(twin.trainable_weights)
twin.optimizer.set_weights(values)
print("twin after build: steps", int(twin.optimizer.iterations))
#> twin after build: steps 1
other.optimizer.build(other.trainable_weights)
try:
    other.optimizer.set_weights(values)
except ValueError as e:
    print(
        "other:", type(e).__name__, "-", re.search(r"not compatible with .*", str(e))[0]
    )
    #> other: ValueError - not compatible with provided weight shape (3, 8).
