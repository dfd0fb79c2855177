import re

import keras
import numpy as np

try:
    keras.Sequential(
        [keras.Input((3, 4)), keras.layers.LSTM(5, stateful=True, name="lstm")]
    )
except ValueError as e:
    print(type(e).__name__, re.search(r"the batch size must be static", str(e)).group())
    #> ValueError the batch size must be static

# The fix: a fixed batch size in the input.
model = keras.Sequential(
    [
        keras.Input((3, 4), batch_size=2),
        keras.layers.LSTM(5, stateful=True, name="lstm"),
    ]
)
print(tuple(model.get_layer("lstm").states[0].shape))
#> (2, 5)

try:
    model.predict(np.zeros((3, 3, 4), "float32"), batch_size=3, verbose=0)
except ValueError as e:
    print(type(e).__name__, re.search(r"Expected batch size: \d", str(e)).group())
    #> ValueError Expected batch size: 2
