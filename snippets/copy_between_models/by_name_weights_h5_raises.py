import os
import tempfile

import keras

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(3, name="head")(x), name="net")

errors = {}
with tempfile.TemporaryDirectory() as tmp:
    weights_path = os.path.join(tmp, "net.weights.h5")
    model.save_weights(weights_path)
    keras_path = os.path.join(tmp, "net.keras")
    model.save(keras_path)
    for path in (weights_path, keras_path):  # the two Keras 3 formats
        try:
            model.load_weights(path, by_name=True)
        except ValueError as e:
            errors[os.path.basename(path)] = type(e).__name__, str(e).split(". ")[0]

for filename, (kind, message) in errors.items():
    print("by_name=True on", filename, "raises", kind)
    #> by_name=True on net.weights.h5 raises ValueError
    #> by_name=True on net.keras raises ValueError
print("message:", message)
#> message: `by_name` only supports loading legacy '.h5' or '.hdf5' files
