import warnings

import keras


def build():
    inputs = keras.Input((8, 8, 3), name="x")
    hidden = keras.layers.Conv2D(4, 3, name="conv")(inputs)
    hidden = keras.layers.BatchNormalization(name="bn1")(hidden)
    hidden = keras.layers.BatchNormalization(name="bn2")(hidden)
    hidden = keras.layers.Flatten(name="flat")(hidden)
    return keras.Model(inputs, keras.layers.Dense(2, name="head")(hidden))


keras.utils.set_random_seed(0)
said = {}
runs = [("always", {}), ("default", {}), ("always", {"filters": "^head$"})]
for action, kwargs in runs:
    model = build()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(action)  # "default": a repeated message shows once
        model.quantize("int8", **kwargs)
    label = f"{action} filter, {'filters' if kwargs else 'all layers'}"
    said[label] = [str(w.message) for w in caught if w.category is UserWarning]
    int8 = [layer.name for layer in model.layers if "int8" in layer.dtype_policy.name]
    print(f"{label}: {len(said[label])} warnings, int8 layers {int8}")
    #> always filter, all layers: 5 warnings, int8 layers ['head']
    #> default filter, all layers: 4 warnings, int8 layers ['head']
    #> always filter, filters: 0 warnings, int8 layers ['head']
for message in said["always filter, all layers"]:
    print("warning:", message)
    #> warning: Layer InputLayer does not have a `quantize` method implemented.
    #> warning: Layer Conv2D does not have a `quantize` method implemented.
    #> warning: Layer BatchNormalization does not have a `quantize` method implemented.
    #> warning: Layer BatchNormalization does not have a `quantize` method implemented.
    #> warning: Layer Flatten does not have a `quantize` method implemented.
print("conv kernel after quantize:", model.get_layer("conv").kernel.dtype)
#> conv kernel after quantize: float32
over = keras.Sequential([keras.Input((2,)), keras.layers.Dense(2, name="overhead")])
over.quantize("int8", filters="head")  # re.search: "head" is in "overhead"
print('filters "head", layer overhead:', over.get_layer("overhead").dtype_policy.name)
#> filters "head", layer overhead: int8_from_float32
