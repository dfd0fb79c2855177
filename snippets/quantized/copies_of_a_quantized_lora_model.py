import copy
import os
import tempfile

import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
model = keras.Model(inputs, keras.layers.Dense(3, name="dense")(inputs), name="m")
model.quantize("int8")
model.get_layer("dense").enable_lora(2)
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, np.ones((8, 3), "float32"), epochs=3, verbose=0)
out = ops.convert_to_numpy(model(x))

cloned = keras.models.clone_model(model)
cloned.set_weights(model.get_weights())  # five arrays, adapters unmerged
with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "m.keras"))  # merges the adapters, re-quantizes
    loaded = keras.models.load_model(os.path.join(tmp, "m.keras"))
copies = {
    "clone_model + set_weights": cloned,
    "copy.deepcopy": copy.deepcopy(model),
    ".keras round trip": loaded,
}
for how, dup in copies.items():
    dup_out = ops.convert_to_numpy(dup(x))
    layer = dup.get_layer("dense")
    adapters = (layer.lora_kernel_a, layer.lora_kernel_b)
    zero = not any(ops.convert_to_numpy(v).any() for v in adapters)
    same, close = np.array_equal(out, dup_out), np.allclose(out, dup_out, atol=0.05)
    print(f"{how}: same outputs {same}, within 0.05 {close}, A, B zero {zero}")
    #> clone_model + set_weights: same outputs True, within 0.05 True, A, B zero False
    #> copy.deepcopy: same outputs False, within 0.05 True, A, B zero True
    #> .keras round trip: same outputs False, within 0.05 True, A, B zero True
source_kernel = ops.convert_to_numpy(model.get_layer("dense").non_trainable_weights[0])
loaded_kernel = ops.convert_to_numpy(loaded.get_layer("dense").non_trainable_weights[0])
print("loaded int8 kernel equal:", np.array_equal(source_kernel, loaded_kernel))
#> loaded int8 kernel equal: False
