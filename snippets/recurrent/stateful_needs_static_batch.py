import re
import textwrap

import keras
import numpy as np

try:
    keras.Sequential(
        [keras.Input((3, 4)), keras.layers.LSTM(5, stateful=True, name="lstm")]
    )
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: ValueError - When using `stateful=True` in a RNN, the batch size [...]
    print("then:", re.search(r"the batch size must be static", str(e))[0])
    #> then: the batch size must be static

# The fix: a fixed batch size in the input.
model = keras.Sequential(
    [
        keras.Input((3, 4), batch_size=2),
        keras.layers.LSTM(5, stateful=True, name="lstm"),
    ]
)
print("state shape:", tuple(model.get_layer("lstm").states[0].shape))
#> state shape: (2, 5)

try:
    model.predict(np.zeros((3, 3, 4), "float32"), batch_size=3, verbose=0)
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 58))
    #> error: ValueError - Exception encountered when calling LSTM.call(). [...]
    print("then:", re.findall(r"\w+ batch size: \d", str(e)))  # two lines of it
    #> then: ['Expected batch size: 2', 'Received batch size: 3']
