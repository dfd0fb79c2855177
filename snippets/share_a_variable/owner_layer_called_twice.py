import os
import tempfile

import keras
import numpy as np
from keras import ops


@keras.saving.register_keras_serializable(package="share_a_variable")
class DenseTwoWays(keras.layers.Layer):
    """Owns one kernel and bias; called with activate=False it skips the ReLU."""

    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(
            shape=(input_shape[-1], self.units), name="kernel"
        )
        self.bias = self.add_weight(
            shape=(self.units,), initializer="zeros", name="bias"
        )

    def call(self, x, activate=True):
        y = ops.matmul(x, self.kernel) + self.bias
        return ops.relu(y) if activate else y

    def get_config(self):
        return {**super().get_config(), "units": self.units}


keras.utils.set_random_seed(0)
inputs = keras.Input((3,), name="x")
layer = DenseTwoWays(2, name="two_ways")
model = keras.Model(inputs, [layer(inputs), layer(inputs, activate=False)], name="m")
x = np.random.RandomState(0).normal(size=(4, 3)).astype("float32")

clone = keras.models.clone_model(model)
pairs = zip(clone.get_weights(), model.get_weights())
print("clone starts with fresh values:", any(not np.allclose(a, b) for a, b in pairs))
#> clone starts with fresh values: True
clone.set_weights(model.get_weights())  # a clone starts with fresh values
with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "m.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "m.keras"))
expected = [ops.convert_to_numpy(y) for y in model(x)]
for name, m in [("original", model), ("clone", clone), ("loaded", loaded)]:
    outputs = [ops.convert_to_numpy(y) for y in m(x)]
    same = all(np.allclose(a, b) for a, b in zip(outputs, expected))
    print(f"{name}: weights {[w.path for w in m.weights]}, same outputs {same}")
    #> original: weights ['two_ways/kernel', 'two_ways/bias'], same outputs True
    #> clone: weights ['two_ways/kernel', 'two_ways/bias'], same outputs True
    #> loaded: weights ['two_ways/kernel', 'two_ways/bias'], same outputs True
