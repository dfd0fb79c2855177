import os
import re
import tempfile
import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)


def build(names, head_units):
    x = keras.Input((4,), name="x")
    h = x
    for name in names:
        h = keras.layers.Dense(4, name=name)(h)
    return keras.Model(x, keras.layers.Dense(head_units, name="head")(h), name="net")


def kernel(model, name):
    return keras.ops.convert_to_numpy(model.get_layer(name).kernel)


src = build(["a", "b"], head_units=3)
dst = build(["new", "a", "b"], head_units=5)  # one layer inserted in front

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "src.weights.h5")
    src.save_weights(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dst.load_weights(path, skip_mismatch=True)

print("dst 'new' holds src 'a':", np.array_equal(kernel(dst, "new"), kernel(src, "a")))
#> dst 'new' holds src 'a': True
print("dst 'a' holds src 'b':", np.array_equal(kernel(dst, "a"), kernel(src, "b")))
#> dst 'a' holds src 'b': True
print("dst 'a' holds src 'a':", np.array_equal(kernel(dst, "a"), kernel(src, "a")))
#> dst 'a' holds src 'a': False
skipped = [str(w.message) for w in caught if "could not be loaded" in str(w.message)]
print("warning:", skipped[0].split(".")[0])
#> warning: A total of 2 objects could not be loaded
listed = skipped[0].split("could not be loaded:")[1]
print("skipped layers:", re.findall(r"<Dense name=(\w+)", listed))
#> skipped layers: ['b', 'head']
