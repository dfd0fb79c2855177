import keras

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
clone = keras.models.clone_model(model)
print("clone names:", clone.name, [layer.name for layer in clone.layers])
#> clone names: net ['x', 'head']

inputs = keras.Input((4,), name="inputs")
try:
    keras.Model(inputs, [model(inputs), clone(inputs)])
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(".")[0])
    #> error: ValueError - The name "net" is used 2 times in the model

clone.name = "net_clone"  # rename, then use both in one graph
both = keras.Model(inputs, [model(inputs), clone(inputs)], name="both")
print("after renaming the clone:", [layer.name for layer in both.layers])
#> after renaming the clone: ['inputs', 'net', 'net_clone']


def renamed(layer):  # to rename the layers too: a clone_function
    config = layer.get_config()
    config["name"] += "_copy"
    return layer.__class__.from_config(config)


copy = keras.models.clone_model(model, clone_function=renamed)
print("clone_function renamed layers:", [layer.name for layer in copy.layers])
#> clone_function renamed layers: ['x', 'head_copy']
