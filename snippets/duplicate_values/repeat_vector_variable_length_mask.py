import warnings

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="docs")
class RepeatLike(keras.layers.Layer):  # [vector, sequence] -> one vector per step
    def call(self, inputs):
        vector, sequence = inputs
        steps = keras.ops.shape(sequence)[1]
        return keras.ops.repeat(keras.ops.expand_dims(vector, 1), steps, axis=1)


@keras.saving.register_keras_serializable(package="docs")
class MaskedRepeatLike(RepeatLike):
    def compute_mask(self, inputs, mask=None):  # pass the sequence's mask on
        return None if mask is None else mask[1]


def padded_steps_repeat_the_last_real_one(repeat):
    keras.utils.set_random_seed(0)
    sequence = keras.Input((None, 3))
    masked = keras.layers.Masking(0.0)(sequence)  # an all-zero step is padding
    code = keras.layers.LSTM(4)(masked)
    decoded = keras.layers.LSTM(2, return_sequences=True)(repeat([code, masked]))
    x = np.random.rand(2, 8, 3).astype("float32")
    x[:, 5:] = 0.0  # 5 real steps, then 3 of padding
    out = keras.Model(sequence, decoded).predict(x, verbose=0)
    return np.allclose(out[:, 5:], out[:, 4:5])  # masked steps carry the last output


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    dropped = padded_steps_repeat_the_last_real_one(RepeatLike())
print("RepeatLike, decoder skips the padding:", dropped)
#> RepeatLike, decoder skips the padding: False
warned = any("support masking" in str(w.message) for w in caught)
print("warned 'does not support masking':", warned)
#> warned 'does not support masking': True
kept = padded_steps_repeat_the_last_real_one(MaskedRepeatLike())
print("MaskedRepeatLike, decoder skips the padding:", kept)
#> MaskedRepeatLike, decoder skips the padding: True
