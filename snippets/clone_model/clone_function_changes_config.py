import keras


def relu_and_wider(layer):
    """Called once per layer (not for Input): return the layer to use in the clone."""
    config = layer.get_config()
    if isinstance(layer, keras.layers.Dense) and layer.name == "body":
        config.update(units=16, activation="relu")
    return layer.__class__.from_config(config)


x = keras.Input((4,), name="x")
y = keras.layers.Dense(2, name="head")(keras.layers.Dense(8, name="body")(x))
model = keras.Model(x, y, name="net")

clone = keras.models.clone_model(model, clone_function=relu_and_wider)
for m in (model, clone):
    body = m.get_layer("body")
    print(body.units, body.get_config()["activation"], m.count_params())
    #> 8 linear 58
    #> 16 relu 114
print(clone.get_layer("head").kernel.shape)  # the next layer is rebuilt to fit
#> (16, 2)
