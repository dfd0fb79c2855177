import copy
import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
hidden = keras.layers.Dense(8, name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(2, name="head")(hidden), name="net")
model.quantize("int8")
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
out = keras.ops.convert_to_numpy(model(x))

clone = keras.models.clone_model(model)
with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "int8.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "int8.keras"))
cloned_then_set = keras.models.clone_model(model)
cloned_then_set.set_weights(model.get_weights())
copies = {
    "clone_model": clone,
    "clone_model + set_weights": cloned_then_set,
    "copy.deepcopy": copy.deepcopy(model),
    ".keras round trip": loaded,
}
for how, dup in copies.items():
    layer = dup.get_layer("hidden")
    same = np.array_equal(out, keras.ops.convert_to_numpy(dup(x)))
    print(f"{how}: {layer.dtype_policy.name} {layer.kernel.dtype} same outputs: {same}")
    #> clone_model: int8_from_float32 int8 same outputs: False
    #> clone_model + set_weights: int8_from_float32 int8 same outputs: True
    #> copy.deepcopy: int8_from_float32 int8 same outputs: True
    #> .keras round trip: int8_from_float32 int8 same outputs: True
fresh = clone.get_layer("hidden")
kernel = keras.ops.convert_to_numpy(fresh.kernel)
scale = keras.ops.convert_to_numpy(fresh.kernel_scale)
print(
    "clone_model: kernel all 0:", not kernel.any(), "scale all 1:", (scale == 1).all()
)
#> clone_model: kernel all 0: True scale all 1: True
