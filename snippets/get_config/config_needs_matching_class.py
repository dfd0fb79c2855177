import keras

seq = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)], name="seq")
config = seq.get_config()

try:
    keras.Model.from_config(config)  # a Sequential config, read as a Functional one
except ValueError as e:
    print(type(e).__name__, str(e).split(":")[0])
    #> ValueError Unrecognized keyword arguments passed to Model

twin = type(seq).from_config(config)  # use the class that wrote the config
print(type(twin).__name__, twin.name)
#> Sequential seq

# Two layers built from one config share its name; a model rejects that.
inputs = keras.Input((4,))
layer = keras.layers.Dense(2, name="head")
copy = keras.layers.Dense.from_config(layer.get_config())
try:
    keras.Model(inputs, [layer(inputs), copy(inputs)])
except ValueError as e:
    print(type(e).__name__, str(e).split(".")[0])
    #> ValueError The name "head" is used 2 times in the model
renamed = keras.layers.Dense.from_config({**layer.get_config(), "name": "head_copy"})
print(renamed.name)
#> head_copy
