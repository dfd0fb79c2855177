import keras

called_for = []


def relu_and_wider(layer):
    """Called once per layer (not for Input): return the layer to use in the clone."""
    called_for.append(layer.name)
    config = layer.get_config()
    if isinstance(layer, keras.layers.Dense) and layer.name == "body":
        config.update(units=16, activation="relu")
    return layer.__class__.from_config(config)


x = keras.Input((4,), name="x")
y = keras.layers.Dense(2, name="head")(keras.layers.Dense(8, name="body")(x))
model = keras.Model(x, y, name="net")

clone = keras.models.clone_model(model, clone_function=relu_and_wider)
print("clone_function called for:", called_for)
#> clone_function called for: ['body', 'head']
for label, m in {"source": model, "clone": clone}.items():
    body = m.get_layer("body")
    activation = body.get_config()["activation"]
    print(f"{label} body:", body.units, activation, "parameters:", m.count_params())
    #> source body: 8 linear parameters: 58
    #> clone body: 16 relu parameters: 114
print("clone head kernel:", clone.get_layer("head").kernel.shape)  # rebuilt to fit
#> clone head kernel: (16, 2)
