import os
import tempfile

import keras
import numpy as np

x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, activation="relu", name="body")(x)
old = keras.Model(x, keras.layers.Dense(3, name="head")(h), name="old")
body = old.get_layer("body")
twin = keras.models.clone_model(old)

by_setter = twin.get_layer("body")
by_setter.name = "body_copy"  # the layer is renamed, its variables are not
config = {**body.get_config(), "name": "body_copy"}
by_config = keras.layers.Dense.from_config(config)  # variables made under the new name
by_config.build((None, 4))
by_config.set_weights(body.get_weights())

log = []
for how, copy in (("setter", by_setter), ("config", by_config)):
    z = keras.Input((4,), name="z")
    both = keras.layers.Concatenate(name="cat")([body(z), copy(z)])
    model = keras.Model(z, keras.layers.Dense(1, name="out")(both))
    model.compile(optimizer="adam", loss="mse")
    model.fit(np.ones((2, 4)), np.ones((2, 1)), verbose=0)
    paths = [v.path for v in model.weights]
    slots = [v.path for v in model.optimizer.variables]
    repeated = len(paths) - len(set(paths)), len(slots) - len(set(slots))
    log.append(f"{how}: repeated variable paths, optimizer slot names: {repeated}")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            model.save(os.path.join(tmp, "both.h5"))  # the legacy HDF5 format
            log.append(f"{how}: legacy .h5 save: ok")
        except ValueError as e:
            log.append(f"{how}: legacy .h5 save: {type(e).__name__} - {e}")


def report(lines):  # one print: some lines are longer than a `#>` line
    print("\n".join(lines))
    """
    setter: repeated variable paths, optimizer slot names: (2, 4)
    setter: legacy .h5 save: ValueError - Unable to synchronously create dataset (name already exists)
    config: repeated variable paths, optimizer slot names: (0, 0)
    config: legacy .h5 save: ok
    """


report(log)
