import os
import tempfile

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="docs")  # found again at load
class RepeatLike(keras.layers.Layer):
    def call(self, inputs):
        vector, sequence = inputs
        steps = keras.ops.shape(sequence)[1]
        return keras.ops.repeat(keras.ops.expand_dims(vector, 1), steps, axis=1)


keras.utils.set_random_seed(0)
sequence = keras.Input((None, 3), name="sequence")
code = keras.layers.LSTM(4, name="encoder")(sequence)
repeated = RepeatLike(name="repeat_like")([code, sequence])
decoded = keras.layers.LSTM(2, return_sequences=True, name="decoder")(repeated)
model = keras.Model(sequence, decoded)

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    loaded = keras.models.load_model(path)  # safe_mode stays on
clone = keras.models.clone_model(model)  # new weights: copy them to compare
clone.set_weights(model.get_weights())
x5, x8 = (np.random.rand(2, n, 3).astype("float32") for n in (5, 8))
y5, y8 = model.predict(x5, verbose=0), model.predict(x8, verbose=0)
print("output shapes, 5 and 8 steps:", y5.shape, y8.shape)
#> output shapes, 5 and 8 steps: (2, 5, 2) (2, 8, 2)
print("loaded agrees, 5 steps:", np.allclose(y5, loaded.predict(x5, verbose=0)))
#> loaded agrees, 5 steps: True
print("loaded agrees, 8 steps:", np.allclose(y8, loaded.predict(x8, verbose=0)))
#> loaded agrees, 8 steps: True
print("clone agrees, 5 steps:", np.allclose(y5, clone.predict(x5, verbose=0)))
#> clone agrees, 5 steps: True
print("clone agrees, 8 steps:", np.allclose(y8, clone.predict(x8, verbose=0)))
#> clone agrees, 8 steps: True
