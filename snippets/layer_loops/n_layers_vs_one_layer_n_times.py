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

print("parameters, stacked / reused:", stacked.count_params(), reused.count_params())
#> parameters, stacked / reused: 216 72
print("weights, stacked / reused:", len(stacked.weights), len(reused.weights))
#> weights, stacked / reused: 6 2
print("stacked layers:", [layer.name for layer in stacked.layers])
#> stacked layers: ['x', 'dense_0', 'dense_1', 'dense_2']
print("reused layers:", [layer.name for layer in reused.layers])
#> reused layers: ['x', 'shared']
print("stacked kernels:", [w.path for w in stacked.weights if "kernel" in w.path])
#> stacked kernels: ['dense_0/kernel', 'dense_1/kernel', 'dense_2/kernel']
print("reused kernels:", [w.path for w in reused.weights if "kernel" in w.path])
#> reused kernels: ['shared/kernel']
print("layer found by the name you set:", stacked.get_layer("dense_1") is copies[1])
#> layer found by the name you set: True
