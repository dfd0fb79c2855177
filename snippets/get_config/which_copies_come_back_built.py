import keras

dense = keras.layers.Dense(2, name="head")
dense.build((None, 4))
x = keras.Input((4,), name="x")
copies = {
    "built layer": dense,
    "Functional": keras.Model(x, keras.layers.Dense(2, name="head")(x), name="f"),
    "Sequential with Input": keras.Sequential(
        [keras.Input((4,)), keras.layers.Dense(2, name="head")], name="s"
    ),
    "Sequential without Input": keras.Sequential(
        [keras.layers.Dense(2, name="head")], name="s"
    ),
}
for kind, source in copies.items():
    twin = type(source).from_config(source.get_config())
    print(f"{kind}: from_config copy built:", twin.built, "weights:", len(twin.weights))
    #> built layer: from_config copy built: False weights: 0
    #> Functional: from_config copy built: True weights: 2
    #> Sequential with Input: from_config copy built: True weights: 2
    #> Sequential without Input: from_config copy built: False weights: 0
