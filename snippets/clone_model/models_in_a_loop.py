import gc
import weakref

import keras
import numpy as np

keras.utils.set_random_seed(0)
x, y = np.random.rand(8, 3), np.random.rand(8, 1)
refs, names = [], set()
for fold in range(3):  # e.g. cross-validation
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    twin = keras.models.clone_model(model)
    twin.compile(optimizer="sgd", loss="mse")
    twin.fit(x, y, epochs=1, verbose=0)
    refs += [weakref.ref(model), weakref.ref(twin)]
    names.add(model.layers[0].name)  # Dense(1) gets an automatic name
del model, twin
gc.collect()
print("models of earlier folds freed:", all(r() is None for r in refs))
#> models of earlier folds freed: True
print("distinct automatic layer names:", len(names))
#> distinct automatic layer names: 3
print("next Dense is named 'dense':", keras.layers.Dense(1).name == "dense")
#> next Dense is named 'dense': False
keras.backend.clear_session()
print("after clear_session:", keras.layers.Dense(1).name == "dense")
#> after clear_session: True
