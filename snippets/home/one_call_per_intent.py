import copy

import keras
import numpy as np

keras.utils.set_random_seed(0)
layer = keras.layers.Dense(4, name="dense")
inputs = keras.Input((3,))
model = keras.Model(inputs, layer(inputs))
a, b = keras.Input((3,)), keras.Input((3,))


def weights(made, source=model):
    """shared: the same variables; copied: equal values; fresh: other values."""
    if all(m is s for m, s in zip(made.weights, source.weights)):
        return "shared"
    pairs = zip(made.get_weights(), source.get_weights())
    return "copied" if all(np.array_equal(m, s) for m, s in pairs) else "fresh"


# --8<-- [start:share]
out_a, out_b = layer(a), layer(b)
# --8<-- [end:share]
siamese = keras.Model([a, b], [out_a, out_b])
print("reuse the instance:", weights(siamese), "| variables:", len(siamese.weights))
#> reuse the instance: shared | variables: 2
# --8<-- [start:fresh]
fresh = keras.models.clone_model(model)
# --8<-- [end:fresh]
print("clone_model:", weights(fresh))
#> clone_model: fresh
# --8<-- [start:fresh-layer]
layer2 = layer.from_config(layer.get_config())
# --8<-- [end:fresh-layer]
layer2.build((None, 3))  # a layer makes its weights when built (or first called)
print("from_config:", weights(layer2, layer))
#> from_config: fresh
# --8<-- [start:copy]
twin = keras.models.clone_model(model)
twin.set_weights(model.get_weights())
# --8<-- [end:copy]
print("clone_model + set_weights:", weights(twin))
#> clone_model + set_weights: copied
# --8<-- [start:deepcopy]
deep = copy.deepcopy(model)
# --8<-- [end:deepcopy]
print("copy.deepcopy:", weights(deep))
#> copy.deepcopy: copied
existing = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)])
# --8<-- [start:into]
existing.set_weights(model.get_weights())
# --8<-- [end:into]
print("set_weights into an existing model:", weights(existing))
#> set_weights into an existing model: copied
# --8<-- [start:tensor]
out = layer(a)
both = keras.Model(a, [out, out])
# --8<-- [end:tensor]
first, second = both.predict(np.ones((1, 3)), verbose=0)
one = both.outputs[0] is both.outputs[1]
print("reuse the output, equal:", np.array_equal(first, second), "| one tensor:", one)
#> reuse the output, equal: True | one tensor: True
