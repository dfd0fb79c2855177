import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
to_np = keras.ops.convert_to_numpy

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
data = (np.arange(32, dtype="float32").reshape(8, 4) / 32, np.ones((8, 2), "float32"))
model.fit(*data, epochs=3, verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "m.keras")
    model.save(path)  # architecture + weights + compile config + optimizer state
    loaded = keras.models.load_model(path)

step = int(to_np(loaded.optimizer.iterations))
print("loaded compiled:", loaded.compiled, "optimizer step:", step)
#> loaded compiled: True optimizer step: 3
pairs = zip(model.optimizer.variables, loaded.optimizer.variables)
same_state = all(np.array_equal(to_np(a), to_np(b)) for a, b in pairs)
print("equal optimizer variables:", same_state)
#> equal optimizer variables: True
src, dst = model.get_layer("head"), loaded.get_layer("head")
print("same kernel variable:", dst.kernel is src.kernel)
#> same kernel variable: False

# Compare with clone_model + set_weights: same weights, but a fresh Adam.
copy = keras.models.clone_model(model)
copy.set_weights(model.get_weights())
print("clone + set_weights optimizer step:", int(to_np(copy.optimizer.iterations)))
#> clone + set_weights optimizer step: 0
for m in (model, loaded, copy):
    m.train_on_batch(*data)  # one more step on each
kernel = to_np(src.kernel)
print("loaded matches after a step:", np.array_equal(kernel, to_np(dst.kernel)))
#> loaded matches after a step: True
copy_kernel = to_np(copy.get_layer("head").kernel)
print("clone + set_weights matches after a step:", np.array_equal(kernel, copy_kernel))
#> clone + set_weights matches after a step: False
