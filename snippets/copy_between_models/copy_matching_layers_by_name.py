import keras
import numpy as np

keras.utils.set_random_seed(0)

# The trained model: an encoder and a 3-class head.
x = keras.Input((4,), name="x")
h = keras.layers.Dense(8, activation="relu", name="encoder")(x)
src = keras.Model(x, keras.layers.Dense(3, name="head")(h), name="src")

# The new model: an extra branch first, the same encoder, a 5-class head.
x = keras.Input((4,), name="x")
side = keras.layers.Dense(2, name="side")(x)
enc = keras.layers.Dense(8, activation="relu", name="encoder")(x)
h = keras.layers.Concatenate(name="concat")([side, enc])
dst = keras.Model(x, keras.layers.Dense(5, name="head")(h), name="dst")

by_name = {layer.name: layer for layer in src.layers}
copied, skipped = [], []
for layer in dst.layers:
    source = by_name.get(layer.name)
    if source is None or not layer.weights:
        continue  # a layer src does not have, or one without weights
    if [w.shape for w in source.weights] != [w.shape for w in layer.weights]:
        skipped.append(layer.name)  # same name, other shapes: leave it fresh
        continue
    layer.set_weights(source.get_weights())
    copied.append(layer.name)

print("copied:", copied, "skipped:", skipped)
#> copied: ['encoder'] skipped: ['head']
a, b = by_name["encoder"], dst.get_layer("encoder")
print("encoder position in src, dst:", src.layers.index(a), dst.layers.index(b))
#> encoder position in src, dst: 1 2
equal = np.array_equal(*(keras.ops.convert_to_numpy(m.kernel) for m in (a, b)))
print("encoder equal values:", equal)
#> encoder equal values: True
print("encoder same variable:", a.kernel is b.kernel)
#> encoder same variable: False
