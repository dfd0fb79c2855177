import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input((3,), name="x")
hidden = keras.layers.Dense(2, name="dense")(inputs)
model = keras.Model(inputs, keras.layers.BatchNormalization(name="bn")(hidden))
model.compile(optimizer=keras.optimizers.SGD(0.1, use_ema=True), loss="mse")
x = np.random.RandomState(0).normal(size=(8, 3)).astype("float32")
model.fit(x, np.zeros((8, 2), "float32"), epochs=1, verbose=0)

averages = [v for v in model.optimizer.variables if v.path.endswith("_average")]
print("trainable weights:", len(model.trainable_weights))
#> trainable weights: 4
print("averaged copies:", len(averages))
#> averaged copies: 4
averaged = [v.path.split("/", 1)[1].removesuffix("_average") for v in averages]
skipped = [w.path for w in model.weights if w.path.replace("/", "_") not in averaged]
print("weights without an average:", skipped)
#> weights without an average: ['bn/moving_mean', 'bn/moving_variance']

with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "m.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "m.keras"))
restored = [v for v in loaded.optimizer.variables if v.path.endswith("_average")]
print("loaded optimizer use_ema:", loaded.optimizer.use_ema)
#> loaded optimizer use_ema: True
print("averages restored:", all(np.allclose(a, b) for a, b in zip(averages, restored)))
#> averages restored: True
