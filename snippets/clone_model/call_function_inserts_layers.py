import keras

called_for = []


def dropout_after_dense(layer, *args, **kwargs):
    """Called for each layer call: here, insert a Dropout after every Dense."""
    called_for.append(layer.name)
    out = layer(*args, **kwargs)
    if isinstance(layer, keras.layers.Dense):
        out = keras.layers.Dropout(0.5, name=f"{layer.name}_drop")(out)
    return out


x = keras.Input((4,), name="x")
y = keras.layers.Dense(2, name="head")(keras.layers.Dense(8, name="body")(x))
model = keras.Model(x, y, name="net")

clone = keras.models.clone_model(model, call_function=dropout_after_dense)
print("call_function called for:", called_for)
#> call_function called for: ['body', 'head']
print("clone layers:", [layer.name for layer in clone.layers])
#> clone layers: ['x', 'body', 'body_drop', 'head', 'head_drop']
print("same parameter count:", clone.count_params() == model.count_params())
#> same parameter count: True
same = clone.get_layer("body").kernel is model.get_layer("body").kernel
print("same body kernel variable:", same)  # the default clone_function still ran
#> same body kernel variable: False
