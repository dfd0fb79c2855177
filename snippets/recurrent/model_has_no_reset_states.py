import keras
import numpy as np

model = keras.Sequential(
    [
        keras.Input((3, 4), batch_size=2),
        keras.layers.LSTM(5, stateful=True, name="lstm"),
    ]
)
model.predict(np.ones((2, 3, 4), "float32"), verbose=0)

try:
    model.reset_states()  # Keras 2 had it; Keras 3 models do not
except AttributeError as e:  # Python's message starts "'Sequential' object"
    print("error:", type(e).__name__, "-", e)
    #> error: AttributeError - 'Sequential' object has no attribute 'reset_states'

# Reset each stateful layer instead.
for layer in model.layers:
    if getattr(layer, "stateful", False):
        layer.reset_state()
h = keras.ops.convert_to_numpy(model.get_layer("lstm").states[0])
print("sum |h| after reset_state():", float(np.abs(h).sum()))
#> sum |h| after reset_state(): 0.0
