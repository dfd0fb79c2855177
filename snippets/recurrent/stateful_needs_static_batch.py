import re

import keras
import numpy as np

try:
    keras.Sequential(
        [keras.Input((3, 4)), keras.layers.LSTM(5, stateful=True, name="lstm")]
    )
except ValueError as e:
    found = re.search(r"in a RNN, the batch size must be static", str(e)).group()
    print("error:", type(e).__name__, "-", found)
    #> error: ValueError - in a RNN, the batch size must be static

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
    for line in re.findall(r"\w+ batch size: \d", str(e)):  # two lines of the message
        print("error:", type(e).__name__, "-", line)
        #> error: ValueError - Expected batch size: 2
        #> error: ValueError - Received batch size: 3
