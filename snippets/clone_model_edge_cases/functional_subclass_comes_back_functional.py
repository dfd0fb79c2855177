import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)


@keras.saving.register_keras_serializable(package="demo")
class Encoder(keras.Model):  # a subclass whose __init__ builds a Functional graph
    def __init__(self, units=4, **kwargs):
        inputs = keras.Input((3,))
        outputs = keras.layers.Dense(units, name="hidden")(inputs)
        super().__init__(inputs=inputs, outputs=outputs, **kwargs)
        self.units = units

    def encode(self, x):
        return self(x)

    def get_config(self):
        return {**super().get_config(), "units": self.units}


model = Encoder(units=5, name="encoder")
x = np.ones((2, 3))

clone = keras.models.clone_model(model)
print("clone_model: class:", type(clone).__name__)
#> clone_model: class: Functional
print(
    "clone_model: has units, encode:", hasattr(clone, "units"), hasattr(clone, "encode")
)
#> clone_model: has units, encode: False False

copy = Encoder.from_config(model.get_config())
copy.set_weights(model.get_weights())
print("from_config: class, units:", type(copy).__name__, copy.units)
#> from_config: class, units: Encoder 5
same = np.allclose(
    keras.ops.convert_to_numpy(copy.encode(x)), model.predict(x, verbose=0)
)
print("from_config + set_weights: same output:", same)
#> from_config + set_weights: same output: True
print("from_config: own variables:", copy.weights[0] is not model.weights[0])
#> from_config: own variables: True

path = os.path.join(tempfile.mkdtemp(), "encoder.keras")
model.save(path)
print("load_model: class:", type(keras.models.load_model(path)).__name__)
#> load_model: class: Encoder


class Tagged(keras.Model):  # no __init__ of its own: called with inputs, outputs
    def encode(self, x):
        return self(x)


inputs = keras.Input((3,))
tagged = Tagged(inputs, keras.layers.Dense(5)(inputs))
clone = keras.models.clone_model(tagged)
print("no __init__ of its own: clone class:", type(clone).__name__)
#> no __init__ of its own: clone class: Tagged
