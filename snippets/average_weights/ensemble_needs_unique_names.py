import os
import re
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
base = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)], name="base")
copies = [keras.models.clone_model(base) for _ in range(3)]
print("names of the copies:", [c.name for c in copies])
#> names of the copies: ['base', 'base', 'base']

inputs = keras.Input((4,))
try:
    keras.Model(inputs, keras.layers.Average()([c(inputs) for c in copies]))
except ValueError as e:
    print("error:", type(e).__name__, "-", re.search(r"The name .* times", str(e))[0])
    #> error: ValueError - The name "base" is used 3 times

for i, copy in enumerate(copies):
    copy.name = f"member_{i}"  # a name of its own for each copy
average = keras.layers.Average(name="average")
ensemble = keras.Model(inputs, average([c(inputs) for c in copies]))
print("ensemble layers:", [layer.name for layer in ensemble.layers[1:]])
#> ensemble layers: ['member_0', 'member_1', 'member_2', 'average']

path = os.path.join(tempfile.mkdtemp(), "ensemble.keras")  # one step further
ensemble.save(path)
reloaded = keras.saving.load_model(path)
x = np.ones((2, 4), "float32")
same = np.allclose(ensemble.predict(x, verbose=0), reloaded.predict(x, verbose=0))
print("reloaded ensemble predicts the same:", same)
#> reloaded ensemble predicts the same: True
