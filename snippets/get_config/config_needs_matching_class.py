import keras

seq = keras.Sequential(
    [keras.Input((4,)), keras.layers.Dense(2, name="head")], name="seq"
)
config = seq.get_config()

try:
    keras.Model.from_config(config)  # a Sequential config, read as a Functional one
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(":")[0])
    #> error: ValueError - Unrecognized keyword arguments passed to Model

twin = type(seq).from_config(config)  # use the class that wrote the config
print("from_config on type(seq):", type(twin).__name__, twin.name)
#> from_config on type(seq): Sequential seq

# Two layers built from one config share its name; a model rejects that.
inputs = keras.Input((4,), name="x")
layer = keras.layers.Dense(2, name="head")
copy = keras.layers.Dense.from_config(layer.get_config())
print("copy's name:", copy.name)
#> copy's name: head
try:
    keras.Model(inputs, [layer(inputs), copy(inputs)])
except ValueError as e:
    print("error:", type(e).__name__, "-", str(e).split(".")[0])
    #> error: ValueError - The name "head" is used 2 times in the model
renamed = keras.layers.Dense.from_config({**layer.get_config(), "name": "head_copy"})
model = keras.Model(inputs, [layer(inputs), renamed(inputs)])
print("layers after renaming:", [lay.name for lay in model.layers])
#> layers after renaming: ['x', 'head', 'head_copy']
