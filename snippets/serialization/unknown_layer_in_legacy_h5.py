import os
import tempfile
import textwrap

import keras
import numpy as np


class Scale(keras.layers.Layer):  # a custom layer, not registered
    def __init__(self, factor=2.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor


def load(path, **kwargs):
    try:
        return type(keras.models.load_model(path, **kwargs)).__name__
    except ValueError as e:
        return "ValueError - " + textwrap.shorten(str(e).split(". ")[0], 48)


keras.utils.set_random_seed(0)
x, y = np.random.rand(8, 3), np.random.rand(8, 1)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1), Scale(3.0)])
model.compile(optimizer="adam", loss="mse")
model.fit(x, y, epochs=1, verbose=0)  # trained and compiled
custom = {"custom_objects": {"Scale": Scale}}
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "model.h5")  # the legacy format of Keras 2 code
    model.save(path)
    keras.saving.register_keras_serializable(package="docs")(Scale)  # too late
    print("registered after saving:", load(path))
    #> registered after saving: ValueError - Unknown layer: 'Scale'
    print("custom_objects:", load(path, **custom))
    #> custom_objects: ValueError - Could not deserialize 'keras.metrics.mse' [...]
    loaded = keras.models.load_model(path, **custom, compile=False)
    same = np.allclose(loaded.predict(x, verbose=0), model.predict(x, verbose=0))
    print("compile=False, same predictions:", same)
    #> compile=False, same predictions: True
    loaded.compile(optimizer="adam", loss="mse")
    print("optimizer step count kept:", int(loaded.optimizer.iterations) == 1)
    #> optimizer step count kept: False
    loaded.fit(x, y, epochs=1, verbose=0)
    print("compiled again, fit: works")
    #> compiled again, fit: works
