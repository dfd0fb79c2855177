import keras
import numpy as np


@keras.saving.register_keras_serializable(package="docs")
class RepeatLike(keras.layers.Layer):  # [vector, sequence] -> one vector per step
    def call(self, inputs):
        vector, sequence = inputs
        steps = keras.ops.shape(sequence)[1]  # read when the model runs
        return keras.ops.repeat(keras.ops.expand_dims(vector, 1), steps, axis=1)


keras.utils.set_random_seed(0)
sequence = keras.Input((None, 3), name="sequence")  # any number of time steps
code = keras.layers.LSTM(4, name="encoder")(sequence)
repeated = RepeatLike(name="repeat_like")([code, sequence])
decoded = keras.layers.LSTM(2, return_sequences=True, name="decoder")(repeated)
model = keras.Model(sequence, [code, repeated, decoded])
print("built with:", tuple(repeated.shape))
#> built with: (None, None, 4)

# The same model, two sequence lengths.
x5, x8 = (np.random.rand(2, n, 3).astype("float32") for n in (5, 8))
code5, repeated5, decoded5 = model.predict(x5, verbose=0)
code8, repeated8, decoded8 = model.predict(x8, verbose=0)
print("5 steps: repeated", repeated5.shape, "decoder", decoded5.shape)
#> 5 steps: repeated (2, 5, 4) decoder (2, 5, 2)
print("8 steps: repeated", repeated8.shape, "decoder", decoded8.shape)
#> 8 steps: repeated (2, 8, 4) decoder (2, 8, 2)
print("every step is the code, 5 steps:", np.allclose(repeated5, code5[:, None]))
#> every step is the code, 5 steps: True
print("every step is the code, 8 steps:", np.allclose(repeated8, code8[:, None]))
#> every step is the code, 8 steps: True
