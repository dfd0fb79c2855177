import copy
import os
import tempfile

import keras

keras.config.set_dtype_policy("mixed_float16")  # global, for layers built now
try:
    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(8, name="hidden")(inputs)
    outputs = keras.layers.Dense(2, name="head", dtype="float32")(hidden)
    model = keras.Model(inputs, outputs)
finally:
    keras.config.set_dtype_policy("float32")  # reset before copying
print("global policy now:", keras.config.dtype_policy().name)
#> global policy now: float32
for lay in model.layers[1:]:
    print(f"{lay.name}: variables {lay.variable_dtype}, compute {lay.compute_dtype}")
    #> hidden: variables float32, compute float16
    #> head: variables float32, compute float32

with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "mixed.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "mixed.keras"))
copies = {
    "source": model,
    "clone_model": keras.models.clone_model(model),
    "from_config": keras.Model.from_config(model.get_config()),
    "copy.deepcopy": copy.deepcopy(model),
    ".keras round trip": loaded,
}
for how, dup in copies.items():
    print(f"{how}:", [layer.dtype_policy.name for layer in dup.layers[1:]])
    #> source: ['mixed_float16', 'float32']
    #> clone_model: ['mixed_float16', 'float32']
    #> from_config: ['mixed_float16', 'float32']
    #> copy.deepcopy: ['mixed_float16', 'float32']
    #> .keras round trip: ['mixed_float16', 'float32']
print("in the config:", model.get_layer("hidden").get_config()["dtype"]["config"])
#> in the config: {'name': 'mixed_float16'}
