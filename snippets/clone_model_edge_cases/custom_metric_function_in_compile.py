import os
import tempfile

import keras
import numpy as np


def my_metric(y_true, y_pred):  # a plain function, not registered
    return keras.ops.mean(keras.ops.abs(y_true - y_pred))


keras.utils.set_random_seed(0)
x = keras.Input((3,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x))
model.compile(optimizer="adam", loss="mse", metrics=[my_metric])
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
    except TypeError as e:  # the compile config names the function only
        print(f"{name}: {type(e).__name__} - {str(e).split('. ')[0]}")
        #> clone_model: TypeError - Could not locate function 'my_metric'
        #> load_model: TypeError - Could not locate function 'my_metric'

keras.saving.register_keras_serializable("clone_docs")(my_metric)  # the fix
clone = keras.models.clone_model(model)
logs = clone.fit(*data, verbose=0).history
print("registered, clone trains with the metric:", "my_metric" in logs)
#> registered, clone trains with the metric: True
reloaded = keras.saving.load_model(path)
logs = reloaded.fit(*data, verbose=0).history
print("registered, reload trains with the metric:", "my_metric" in logs)
#> registered, reload trains with the metric: True
