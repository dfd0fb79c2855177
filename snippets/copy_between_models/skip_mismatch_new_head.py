import os
import tempfile
import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)


def build(classes):
    x = keras.Input((4,), name="x")
    h = keras.layers.Dense(8, activation="relu", name="encoder")(x)
    return keras.Model(x, keras.layers.Dense(classes, name="head")(h), name="net")


src, dst = build(classes=3), build(classes=5)  # a new head for 5 classes

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "src.weights.h5")
    src.save_weights(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Keras also warns before raising
            dst.load_weights(path)
    except ValueError as e:
        print("without:", type(e).__name__, "-", str(e).split(".")[0])
        #> without: ValueError - A total of 1 objects could not be loaded
    enc = [m.get_layer("encoder").get_weights()[0] for m in (src, dst)]
    print("encoder loaded before the error:", np.array_equal(*enc))
    #> encoder loaded before the error: True
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dst.load_weights(path, skip_mismatch=True)

messages = [str(w.message) for w in caught if "could not be loaded" in str(w.message)]
print("with skip_mismatch=True, a warning:", messages[0].split(".")[0])
#> with skip_mismatch=True, a warning: A total of 1 objects could not be loaded
print("it names the head:", "could not be loaded:\n[<Dense name=head" in messages[0])
#> it names the head: True
for name in ("encoder", "head"):
    w_src, w_dst = (model.get_layer(name).get_weights()[0] for model in (src, dst))
    copied = w_src.shape == w_dst.shape and np.array_equal(w_src, w_dst)
    print(f"{name} copied:", copied)
    #> encoder copied: True
    #> head copied: False
