import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
data = (np.arange(32, dtype="float32").reshape(8, 4) / 32, np.ones((8, 2), "float32"))
model.fit(*data, epochs=3, verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "m.keras")
    model.save(path)  # architecture + weights + compile config + optimizer state
    loaded = keras.models.load_model(path)

print(loaded.compiled, int(loaded.optimizer.iterations.numpy()))
#> True 3
pairs = zip(model.optimizer.variables, loaded.optimizer.variables)
print(all(np.array_equal(a.numpy(), b.numpy()) for a, b in pairs))  # Adam moments too
#> True

# Compare with clone_model + set_weights: same weights, but a fresh Adam.
copy = keras.models.clone_model(model)
copy.set_weights(model.get_weights())
print(int(copy.optimizer.iterations.numpy()))
#> 0
for m in (model, loaded, copy):
    m.train_on_batch(*data)  # one more step on each
kernel = model.get_layer("head").kernel.numpy()
print(np.array_equal(kernel, loaded.get_layer("head").kernel.numpy()))
#> True
print(np.array_equal(kernel, copy.get_layer("head").kernel.numpy()))
#> False
