import os
import tempfile

import keras
import numpy as np


class Scale(keras.layers.Layer):  # a custom layer, not registered
    def __init__(self, factor=2.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor


x = keras.Input((3,), name="x")
model = keras.Model(x, Scale(3.0, name="scale")(x))
data = np.ones((1, 3), dtype="float32")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "model.h5")  # the legacy format of Keras 2 code
    model.save(path)
    keras.saving.register_keras_serializable(package="docs")(Scale)  # too late
    try:
        keras.models.load_model(path)
    except ValueError as e:
        print("registered after saving:", type(e).__name__, "-", str(e).split(".")[0])
        #> registered after saving: ValueError - Unknown layer: 'Scale'

    loaded = keras.models.load_model(path, custom_objects={"Scale": Scale})
    print("with custom_objects:", type(loaded.get_layer("scale")).__name__)
    #> with custom_objects: Scale
    same = np.allclose(loaded.predict(data, verbose=0), model.predict(data, verbose=0))
    print("same predictions:", same)
    #> same predictions: True
