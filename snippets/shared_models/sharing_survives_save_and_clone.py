import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
encoder = keras.Sequential(
    [keras.Input((3,)), keras.layers.Dense(2, name="embedding")], name="encoder"
)
a = keras.Input((3,), name="a")
b = keras.Input((3,), name="b")
siamese = keras.Model([a, b], [encoder(a), encoder(b)], name="siamese")
x = np.random.rand(2, 3).astype("float32")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "siamese.keras")
    siamese.save(path)
    loaded = keras.models.load_model(path)
clone = keras.models.clone_model(siamese)  # fresh weights, same structure

for model in (siamese, loaded, clone):
    print([layer.name for layer in model.layers], model.count_params())
    #> ['a', 'b', 'encoder'] 8
    #> ['a', 'b', 'encoder'] 8
    #> ['a', 'b', 'encoder'] 8
print(np.allclose(loaded([x, x])[0], siamese([x, x])[0]))
#> True
print(clone.get_layer("encoder") is encoder)  # a new encoder ...
#> False
print(len(clone.weights))  # ... still shared by both branches
#> 2
