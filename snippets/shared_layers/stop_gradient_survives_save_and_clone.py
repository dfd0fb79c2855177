import os
import tempfile

import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
emb = keras.layers.Embedding(4, 2, name="shared_emb")
a = keras.Input((1,), dtype="int32", name="a")
b = keras.Input((1,), dtype="int32", name="b")
merged = keras.layers.Concatenate()([emb(a), ops.stop_gradient(emb(b))])
out = keras.layers.Dense(1, name="head")(keras.layers.Flatten()(merged))
model = keras.Model([a, b], out)
xa, xb = np.array([[0], [1]] * 8, "int32"), np.array([[2], [3]] * 8, "int32")

layer_types = [type(layer).__name__ for layer in model.layers]
op_types = [type(op).__name__ for op in model.operations]
print("StopGradient in model.layers:", "StopGradient" in layer_types)
#> StopGradient in model.layers: False
print("in model.operations:", "StopGradient" in op_types)
#> in model.operations: True
names = [layer["class_name"] for layer in model.get_config()["layers"]]
print("in the config:", "StopGradient" in names)
#> in the config: True

with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "model.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "model.keras"))
routes = {"load_model": loaded, "clone_model": keras.models.clone_model(model)}
for route, twin in routes.items():
    table = twin.get_layer("shared_emb").embeddings
    before = ops.convert_to_numpy(table).copy()
    twin.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
    twin.fit([xa, xb], np.ones((16, 1)), epochs=2, verbose=0)
    moved = ~np.isclose(before, ops.convert_to_numpy(table)).all(axis=1)
    print(f"{route} | rows 0-3 moved:", moved.tolist())
    #> load_model | rows 0-3 moved: [True, True, False, False]
    #> clone_model | rows 0-3 moved: [True, True, False, False]
