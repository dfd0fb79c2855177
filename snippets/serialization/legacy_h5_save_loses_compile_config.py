import copy
import os
import tempfile
import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
model.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=1, verbose=0)
print("optimizer in compile config:", "optimizer" in model.get_compile_config())
#> optimizer in compile config: True

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "m.h5")
    model.save(path)  # accepted: the legacy HDF5 format (a warning on stderr)
    print("saved:", os.listdir(tmp))
    #> saved: ['m.h5']
    try:
        keras.models.load_model(path)
    except ValueError as e:
        print(f"{type(e).__name__}: {str(e).splitlines()[0]}")
        """
        ValueError: Could not deserialize 'keras.metrics.mse' because it is not a KerasSaveable subclass
        """
    loaded = keras.models.load_model(path, compile=False)
    kernels = [
        keras.ops.convert_to_numpy(m.get_layer("head").kernel) for m in (model, loaded)
    ]
    print("compile=False loads, equal kernels:", np.array_equal(*kernels))
    #> compile=False loads, equal kernels: True

kept = "optimizer" in model.get_compile_config()
print("after the save, optimizer in compile config:", kept)
#> after the save, optimizer in compile config: False
print("the live model still trains with:", type(model.optimizer).__name__)
#> the live model still trains with: Adam
clone = keras.models.clone_model(model)
print("clone_model's optimizer:", type(clone.optimizer).__name__)
#> clone_model's optimizer: RMSprop
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # "Skipping variable loading for optimizer"
    dup = copy.deepcopy(model)
print("copy.deepcopy's optimizer:", type(dup.optimizer).__name__)
#> copy.deepcopy's optimizer: RMSprop
