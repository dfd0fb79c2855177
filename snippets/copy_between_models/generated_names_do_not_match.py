import keras


def build():  # the same code twice, without name=...
    x = keras.Input((4,))
    h = keras.layers.Dense(8)(x)
    return keras.Model(x, keras.layers.Dense(3)(h))


first, second = build(), build()
same_names = [a.name == b.name for a, b in zip(first.layers, second.layers)]
print("generated names equal, layer by layer:", same_names)
#> generated names equal, layer by layer: [False, False, False]

# A copy by name between them finds nothing to copy.
by_name = {layer.name: layer for layer in first.layers}
matches = [layer for layer in second.layers if layer.name in by_name]
print("layers matched by name:", len(matches))
#> layers matched by name: 0
