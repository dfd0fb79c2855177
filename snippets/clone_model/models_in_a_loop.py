import gc
import textwrap
import weakref

import keras
import numpy as np

keras.utils.set_random_seed(0)
x, y = np.random.rand(8, 3), np.random.rand(8, 1)
refs = []
for fold in range(3):  # e.g. cross-validation
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    twin = keras.models.clone_model(model)
    twin.compile(optimizer="sgd", loss="mse")
    twin.fit(x, y, epochs=1, verbose=0)
    refs += [weakref.ref(model), weakref.ref(twin)]
del model, twin
print("freed before gc.collect():", all(r() is None for r in refs))
#> freed before gc.collect(): False
gc.collect()
print("models of earlier folds freed:", all(r() is None for r in refs))
#> models of earlier folds freed: True
print("next Dense is named 'dense':", keras.layers.Dense(1).name == "dense")
#> next Dense is named 'dense': False
keras.backend.clear_session()
print("after clear_session:", keras.layers.Dense(1).name == "dense")
#> after clear_session: True

models = []
for fold in range(2):  # clear_session() in each iteration
    keras.backend.clear_session()
    models.append(keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)]))
print("same automatic model name:", models[0].name == models[1].name)
#> same automatic model name: True
inp = keras.Input((3,))
try:
    keras.Model(inp, keras.layers.Add()([m(inp) for m in models]))
except ValueError as e:
    print("combined:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> combined: ValueError - The name "sequential" is used 2 times in the model. [...]
for fold, m in enumerate(models):
    m.name = f"fold_{fold}"
out = keras.layers.Add()([m(inp) for m in models])
print("named models combined:", len(keras.Model(inp, out).layers) == 4)
#> named models combined: True
