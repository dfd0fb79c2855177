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

for what, model in [("original", siamese), ("loaded", loaded), ("clone", clone)]:
    names = [layer.name for layer in model.layers]
    print(f"{what} | layers: {names} | params: {model.count_params()}")
    #> original | layers: ['a', 'b', 'encoder'] | params: 8
    #> loaded | layers: ['a', 'b', 'encoder'] | params: 8
    #> clone | layers: ['a', 'b', 'encoder'] | params: 8
loaded_out = [keras.ops.convert_to_numpy(y) for y in loaded([x, x])]
siamese_out = [keras.ops.convert_to_numpy(y) for y in siamese([x, x])]
print("loaded gives the same outputs:", np.allclose(loaded_out, siamese_out))
#> loaded gives the same outputs: True
print("clone has the original encoder:", clone.get_layer("encoder") is encoder)
#> clone has the original encoder: False
print("clone weights:", len(clone.weights))  # one new encoder, used by both branches
#> clone weights: 2
