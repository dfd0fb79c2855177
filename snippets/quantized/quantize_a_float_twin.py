import keras
import numpy as np


def build():
    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(8, name="hidden")(inputs)
    return keras.Model(inputs, keras.layers.Dense(2, name="head")(hidden))


keras.utils.set_random_seed(0)
trained = build()  # float32, stands for a trained model
float_kernel = keras.ops.convert_to_numpy(trained.get_layer("hidden").kernel)
deployed = build()
deployed.quantize("int8")  # an int8 twin with other weights

# float -> int8: copy into a float twin, quantize the twin, copy int8 -> int8
twin = build()
twin.set_weights(trained.get_weights())
twin.quantize("int8")
deployed.set_weights(twin.get_weights())
trained.quantize("int8")  # the reference: quantize the source itself
pairs = list(zip(trained.get_weights(), deployed.get_weights()))
print("arrays:", len(pairs), "equal:", all(np.array_equal(a, b) for a, b in pairs))
#> arrays: 6 equal: True

# int8 -> float: the kernel the layer stands for is int8 kernel / kernel_scale
layer = deployed.get_layer("hidden")
int8_kernel = keras.ops.convert_to_numpy(layer.kernel).astype("float32")
scale = keras.ops.convert_to_numpy(layer.kernel_scale)
restored = int8_kernel / scale
error = np.abs(restored - float_kernel)
print("restored kernel within half a step:", bool((error <= 0.5 / scale + 1e-6).all()))
#> restored kernel within half a step: True
print("restored kernel equal:", np.array_equal(restored, float_kernel))
#> restored kernel equal: False
