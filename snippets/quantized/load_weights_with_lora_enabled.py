import os
import tempfile

import keras
import numpy as np
from keras import ops


def build(quantize=False):
    inputs = keras.Input((4,), name="x")
    model = keras.Model(inputs, keras.layers.Dense(3, name="dense")(inputs))
    if quantize:
        model.quantize("int8")
    model.get_layer("dense").enable_lora(2)
    return model


keras.utils.set_random_seed(0)
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
int8_source, float_source = build(quantize=True), build()
tmp = tempfile.mkdtemp()
int8_source.save_weights(os.path.join(tmp, "int8.weights.h5"))
float_source.save_weights(os.path.join(tmp, "float.weights.h5"))

float_model = build()  # float32 with LoRA enabled
float_model.load_weights(os.path.join(tmp, "int8.weights.h5"))  # no error
kernel = ops.convert_to_numpy(float_model.get_layer("dense").non_trainable_weights[0])
int8_kernel = ops.convert_to_numpy(int8_source.get_layer("dense").kernel)
integers = np.array_equal(kernel, int8_kernel.astype("float32"))
print("int8 file -> float + LoRA: kernel holds the int8 integers:", integers)
#> int8 file -> float + LoRA: kernel holds the int8 integers: True
out, source_out = (ops.convert_to_numpy(m(x)) for m in (float_model, int8_source))
close = np.allclose(out, source_out, atol=0.05)
print("int8 file -> float + LoRA: outputs within 0.05 of the source:", close)
#> int8 file -> float + LoRA: outputs within 0.05 of the source: False
try:
    build(quantize=True).load_weights(os.path.join(tmp, "float.weights.h5"))
except ValueError as e:
    print("float file -> int8 + LoRA:", type(e).__name__, "-", str(e).split(".")[0])
    #> float file -> int8 + LoRA: ValueError - A total of 1 objects could not be loaded
