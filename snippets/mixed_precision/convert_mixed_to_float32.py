import keras
import numpy as np


def to_float32(layer):  # clone_function: the same layer, its dtype replaced
    return layer.__class__.from_config({**layer.get_config(), "dtype": "float32"})


def inside(model):  # every layer, the layers of nested models included
    for layer in model.layers:
        yield from inside(layer) if isinstance(layer, keras.Model) else [layer]


keras.utils.set_random_seed(0)
keras.config.set_dtype_policy("mixed_float16")
try:
    inputs = keras.Input((4,), name="x")
    body = keras.Sequential([keras.layers.Dense(8, name="hidden")], name="body")
    mixed = keras.Model(inputs, keras.layers.Dense(2, name="head")(body(inputs)))
finally:
    keras.config.set_dtype_policy("float32")

for deep in (False, True):
    full = keras.models.clone_model(mixed, clone_function=to_float32, recursive=deep)
    body = full.get_layer("body").dtype_policy.name
    found = [f"{layer.name} {layer.compute_dtype}" for layer in inside(full)]
    print(f"recursive={deep}: body {body}, inside {found[1:]}")
    #> recursive=False: body float32, inside ['hidden float16', 'head float32']
    #> recursive=True: body float32, inside ['hidden float32', 'head float32']
full.set_weights(mixed.get_weights())  # both hold float32 variables
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
full_out = keras.ops.convert_to_numpy(full(x))
mixed_out = keras.ops.convert_to_numpy(mixed(x))
print("output dtype:", full_out.dtype)
#> output dtype: float32
print("close to mixed (atol 0.01):", np.allclose(full_out, mixed_out, atol=0.01))
#> close to mixed (atol 0.01): True
