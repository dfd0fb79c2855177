import os
import tempfile

import h5py
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
twin = keras.models.clone_model(model)  # int8, LoRA rank 2 from the config
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "m.weights.h5")
    model.save_weights(path)  # merges the adapters into the kernel, re-quantizes
    twin.load_weights(path)
    with h5py.File(path) as f:
        in_file = len(f["layers/dense/vars"])
dense, twin_dense = model.get_layer("dense"), twin.get_layer("dense")
print("variables in the layer:", len(dense.weights), "| in the file:", in_file)
#> variables in the layer: 5 | in the file: 3
twin_out = ops.convert_to_numpy(twin(x))
same, close = np.array_equal(out, twin_out), np.allclose(out, twin_out, atol=0.05)
print(f".weights.h5 round trip: same outputs {same}, within 0.05 {close}")
#> .weights.h5 round trip: same outputs False, within 0.05 True
adapters = (twin_dense.lora_kernel_a, twin_dense.lora_kernel_b)
print("loaded A and B zero:", not any(ops.convert_to_numpy(v).any() for v in adapters))
#> loaded A and B zero: True
kernels = [
    ops.convert_to_numpy(d.non_trainable_weights[0]) for d in (dense, twin_dense)
]
print("loaded int8 kernel equal:", np.array_equal(*kernels))
#> loaded int8 kernel equal: False
print("source adapters kept:", ops.convert_to_numpy(dense.lora_kernel_b).any())
#> source adapters kept: True
