import keras
import numpy as np


def to_float32(layer):  # clone_function: the same layer, its dtype replaced
    return layer.__class__.from_config({**layer.get_config(), "dtype": "float32"})


keras.utils.set_random_seed(0)
keras.config.set_dtype_policy("mixed_float16")
try:
    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(8, name="hidden")(inputs)
    mixed = keras.Model(inputs, keras.layers.Dense(2, name="head")(hidden))
finally:
    keras.config.set_dtype_policy("float32")

full = keras.models.clone_model(mixed, clone_function=to_float32)
full.set_weights(mixed.get_weights())  # both hold float32 variables
for layer in full.layers[1:]:
    print(f"{layer.name}: {layer.dtype_policy.name}, compute {layer.compute_dtype}")
    #> hidden: float32, compute float32
    #> head: float32, compute float32
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
full_out = keras.ops.convert_to_numpy(full(x))
mixed_out = keras.ops.convert_to_numpy(mixed(x))
print("output dtype:", full_out.dtype)
#> output dtype: float32
print("close to mixed (atol 0.01):", np.allclose(full_out, mixed_out, atol=0.01))
#> close to mixed (atol 0.01): True
