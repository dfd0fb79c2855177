import keras

x = keras.Input((8,), name="x")

# N copies: a new instance per pass of the loop, each with its own name.
copies = [keras.layers.Dense(8, name=f"dense_{i}") for i in range(3)]
h = x
for layer in copies:
    h = layer(h)
stacked = keras.Model(x, h, name="stacked")

# One layer applied N times: the same instance in every step.
shared = keras.layers.Dense(8, name="shared")
h = x
for _ in range(3):
    h = shared(h)
reused = keras.Model(x, h, name="reused")

print(stacked.count_params(), reused.count_params())  # 3 * (8 * 8 + 8) vs 8 * 8 + 8
#> 216 72
print(len(stacked.weights), len(reused.weights))  # kernel + bias per instance
#> 6 2
print([layer.name for layer in stacked.layers])
#> ['x', 'dense_0', 'dense_1', 'dense_2']
print([layer.name for layer in reused.layers])
#> ['x', 'shared']
print([w.path for w in stacked.weights if w.path.endswith("kernel")])
#> ['dense_0/kernel', 'dense_1/kernel', 'dense_2/kernel']
print([w.path for w in reused.weights if w.path.endswith("kernel")])
#> ['shared/kernel']
