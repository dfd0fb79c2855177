import os
import tempfile

import keras
import numpy as np


class MyLoss(keras.losses.Loss):  # a Loss subclass, not registered
    def call(self, y_true, y_pred):
        return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = keras.Input((3,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x))
model.compile(optimizer="adam", loss=MyLoss())
data = np.ones((4, 3)), np.zeros((4, 2))
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.fit(*data, verbose=0)  # trained, then saved with its optimizer
model.save(path)
for name, copy in [
    ("clone_model", lambda: keras.models.clone_model(model)),
    ("load_model", lambda: keras.saving.load_model(path)),
]:
    try:
        copy()
    except TypeError as e:  # the compile config names the class only
        print(f"{name}: {type(e).__name__} - {str(e).split('. ')[0]}")
        #> clone_model: TypeError - Could not locate class 'MyLoss'
        #> load_model: TypeError - Could not locate class 'MyLoss'

with keras.saving.custom_object_scope({"MyLoss": MyLoss}):  # fix for clone_model
    clone = keras.models.clone_model(model)
clone.fit(*data, verbose=0)
print("clone in a scope, loss:", type(clone.loss).__name__)
#> clone in a scope, loss: MyLoss
reloaded = keras.saving.load_model(path, custom_objects={"MyLoss": MyLoss})
reloaded.fit(*data, verbose=0)
print("load_model with custom_objects, loss:", type(reloaded.loss).__name__)
#> load_model with custom_objects, loss: MyLoss
bare = keras.saving.load_model(path, compile=False)  # no loss to look up
print("load_model(compile=False), no custom_objects, compiled:", bare.compiled)
#> load_model(compile=False), no custom_objects, compiled: False
