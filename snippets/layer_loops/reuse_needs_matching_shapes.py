import keras

x = keras.Input((4,), name="x")
layer = keras.layers.Dense(8, name="dense")  # kernel (4, 8) after the first call
h = layer(x)
try:
    layer(h)  # a second call on 8 features: the kernel cannot change shape
except ValueError as e:
    print(type(e).__name__, str(e).split(":")[0].split(" of ")[1])
    #> ValueError layer 'dense' is incompatible with the layer

# Reuse in a loop needs output size == input size; or project once, then loop.
project = keras.layers.Dense(8, name="project")
h = project(x)
block = keras.layers.Dense(8, name="block")
for _ in range(3):
    h = block(h)
print(keras.Model(x, h).count_params())  # 4 * 8 + 8 + 8 * 8 + 8
#> 112
