import warnings

import keras

keras.utils.set_random_seed(0)
said = {}
for label, kwargs in [("all layers", {}), ("filters", {"filters": "hidden|head"})]:
    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(8, name="hidden")(inputs)
    normed = keras.layers.BatchNormalization(name="bn")(hidden)
    model = keras.Model(inputs, keras.layers.Dense(2, name="head")(normed))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.quantize("int8", **kwargs)
    said[label] = [str(w.message) for w in caught if w.category is UserWarning]
    int8 = [layer.name for layer in model.layers if "int8" in layer.dtype_policy.name]
    print(f"{label}: {len(said[label])} warnings, int8 layers {int8}")
    #> all layers: 2 warnings, int8 layers ['hidden', 'head']
    #> filters: 0 warnings, int8 layers ['hidden', 'head']
for message in said["all layers"]:
    print("warning:", message)
    #> warning: Layer InputLayer does not have a `quantize` method implemented.
    #> warning: Layer BatchNormalization does not have a `quantize` method implemented.
