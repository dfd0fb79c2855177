import os
import tempfile

import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
model = keras.Model(inputs, keras.layers.Dense(3, name="dense")(inputs), name="m")
model.get_layer("dense").enable_lora(2, lora_alpha=8)  # delta scaled by 8 / 2
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, np.ones((8, 3), "float32"), epochs=3, verbose=0)


def same(a, b):
    return np.array_equal(ops.convert_to_numpy(a(x)), ops.convert_to_numpy(b(x)))


print("saved config: lora_alpha", model.get_layer("dense").get_config()["lora_alpha"])
#> saved config: lora_alpha 8
with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "m.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "m.keras"))
alpha = loaded.get_layer("dense").lora_alpha
print(".keras round trip: lora_alpha", alpha, "same outputs", same(model, loaded))
#> .keras round trip: lora_alpha 2 same outputs True


plain = keras.models.clone_model(model)
plain.set_weights(model.get_weights())
alpha = plain.get_layer("dense").lora_alpha
print("clone + set_weights: lora_alpha", alpha, "same outputs", same(model, plain))
#> clone + set_weights: lora_alpha 2 same outputs False
exact = keras.models.clone_model(model)
exact.get_layer("dense").lora_alpha = 8  # before set_weights and the first call
exact.set_weights(model.get_weights())
alpha = exact.get_layer("dense").lora_alpha
print("alpha set, set_weights: lora_alpha", alpha, "same outputs", same(model, exact))
#> alpha set, set_weights: lora_alpha 8 same outputs True
