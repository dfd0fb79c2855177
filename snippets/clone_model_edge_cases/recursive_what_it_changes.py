import keras

Dense = keras.layers.Dense
level2 = keras.Sequential(
    [keras.Input((4,)), Dense(4, name="level2_dense")], name="level2"
)
x = keras.Input((4,))
level1 = keras.Model(x, level2(Dense(4, name="level1_dense")(x)), name="level1")
x = keras.Input((4,))
outer = keras.Model(x, Dense(1, name="top_dense")(level1(x)))  # as above
default = keras.models.clone_model(outer)  # no clone_function, recursive=False
new = default.get_layer("level1").get_layer("level2").get_layer("level2_dense")
print("default clone, level 2: new Dense object:", new is not level2.layers[0])
#> default clone, level 2: new Dense object: True
called = []


def renew(layer):  # the clone_function: a new layer from the config
    return layer.__class__.from_config(layer.get_config())


def call(layer, *args, **kwargs):  # the call_function: notes the layer, calls it
    called.append(layer.name)
    return layer(*args, **kwargs)


keras.models.clone_model(
    outer, clone_function=renew, call_function=call, recursive=True
)
print("call_function reached:", sorted(called))
#> call_function reached: ['level1', 'level1_dense', 'level2', 'top_dense']


def only_dense(layer):  # a selective clone_function: new Dense, the rest as it is
    return renew(layer) if isinstance(layer, Dense) else layer


old = level1.get_layer("level1_dense")
for recursive in (False, True):
    c = keras.models.clone_model(outer, clone_function=only_dense, recursive=recursive)
    new = c.get_layer("level1").get_layer("level1_dense") is not old
    print(f"only_dense, recursive={recursive}, nested Dense new:", new)
    #> only_dense, recursive=False, nested Dense new: False
    #> only_dense, recursive=True, nested Dense new: True
