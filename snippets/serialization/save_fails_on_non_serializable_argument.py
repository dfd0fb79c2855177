import os
import tempfile

import keras


class Gate(keras.layers.Layer):  # takes a layer object: not serializable
    def __init__(self, inner, **kwargs):
        super().__init__(**kwargs)
        self.inner = inner

    def call(self, x):
        return self.inner(x)


x = keras.Input((4,), name="x")
good = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="good")
gated = keras.Model(x, Gate(keras.layers.Dense(2, name="inner"), name="gate")(x))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "m.keras")
    good.save(path)
    print("size of m.keras after a good save > 0:", os.path.getsize(path) > 0)
    #> size of m.keras after a good save > 0: True
    try:
        gated.save(path)  # the same file name
    except NotImplementedError as e:
        print(f"error: {type(e).__name__} - {' '.join(str(e).split()[:9])}")
        """
        error: NotImplementedError - Object Gate was created by passing non-serializable argument values
        """
    print("size of m.keras after the failed save:", os.path.getsize(path))
    #> size of m.keras after the failed save: 0
    try:
        keras.models.load_model(path)
    except ValueError as e:
        print("load error:", type(e).__name__, "-", str(e).split(":")[0])
        #> load error: ValueError - File not found
