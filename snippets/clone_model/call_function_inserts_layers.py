import keras


def dropout_after_dense(layer, *args, **kwargs):
    """Called for each layer call: here, insert a Dropout after every Dense."""
    out = layer(*args, **kwargs)
    if isinstance(layer, keras.layers.Dense):
        out = keras.layers.Dropout(0.5, name=f"{layer.name}_drop")(out)
    return out


x = keras.Input((4,), name="x")
y = keras.layers.Dense(2, name="head")(keras.layers.Dense(8, name="body")(x))
model = keras.Model(x, y, name="net")

clone = keras.models.clone_model(model, call_function=dropout_after_dense)
print([layer.name for layer in clone.layers])
#> ['x', 'body', 'body_drop', 'head', 'head_drop']
print(clone.count_params() == model.count_params())
#> True
print(clone.get_layer("body").kernel is model.get_layer("body").kernel)  # still fresh
#> False
