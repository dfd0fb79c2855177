import keras
import numpy as np


def build(policy):
    inputs = keras.Input((4,), name="x")
    return keras.Model(inputs, keras.layers.Dense(8, name="d", dtype=policy)(inputs))


keras.utils.set_random_seed(0)
source = build("float32")
for policy in ["mixed_float16", "mixed_bfloat16", "float16"]:
    copy = build(policy)
    copy.set_weights(source.get_weights())  # no error in any case
    kernel = keras.ops.convert_to_numpy(copy.get_layer("d").kernel)
    equal = np.array_equal(kernel, source.get_weights()[0])
    print(f"{policy}: variables {kernel.dtype}, equal kernel {equal}")
    #> mixed_float16: variables float32, equal kernel True
    #> mixed_bfloat16: variables float32, equal kernel True
    #> float16: variables float16, equal kernel False
