import keras

seq = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2, name="head")])
try:
    keras.models.clone_model(seq, call_function=lambda layer, *a, **k: layer(*a, **k))
except ValueError as e:  # Keras's message starts "`call_function`"
    print(f"error: {type(e).__name__} - {str(e).split('.')[0]}")
    """
    error: ValueError - `call_function` argument is not supported with Sequential models
    """

# The same model written with the functional API accepts it.
x = keras.Input((4,), name="x")
func = keras.Model(x, keras.layers.Dense(2, name="head")(x))
clone = keras.models.clone_model(
    func, call_function=lambda layer, *a, **k: layer(*a, **k)
)
print("Functional clone:", type(clone).__name__, [layer.name for layer in clone.layers])
#> Functional clone: Functional ['x', 'head']
