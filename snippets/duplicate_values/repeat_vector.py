import keras
import numpy as np

x = np.array([[1, 2], [3, 4]], "float32")  # (batch, features)

repeated = keras.layers.RepeatVector(3, name="repeat")(x)  # a new time axis
print("shape:", tuple(repeated.shape))
#> shape: (2, 3, 2)
print("values:", keras.ops.convert_to_numpy(repeated).astype("int64").tolist())
#> values: [[[1, 2], [1, 2], [1, 2]], [[3, 4], [3, 4], [3, 4]]]

# In a model, e.g. to feed one encoding to every step of a decoder.
inputs = keras.Input((2,), name="code")
steps = keras.layers.RepeatVector(3, name="steps")(inputs)
outputs = keras.layers.LSTM(4, return_sequences=True, name="decoder")(steps)
print("decoder output:", tuple(keras.Model(inputs, outputs).output.shape))
#> decoder output: (None, 3, 4)
