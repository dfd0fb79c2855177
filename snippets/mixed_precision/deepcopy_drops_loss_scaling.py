import copy
import warnings

import keras
import numpy as np


def build_and_train(optimizer):
    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(8, name="hidden")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(2, dtype="float32")(hidden))
    model.compile(optimizer=optimizer, loss="mse")  # mixed model: wraps the optimizer
    x, y = np.ones((16, 4), "float32"), np.zeros((16, 2), "float32")
    model.fit(x, y, epochs=2, verbose=0)
    return model


keras.backend.clear_session()  # optimizer names start at 'adam' again
keras.utils.set_random_seed(0)
keras.config.set_dtype_policy("mixed_float16")
try:
    model = build_and_train("adam")
    explicit = keras.optimizers.LossScaleOptimizer(keras.optimizers.Adam())
    wrapped = build_and_train(explicit)
finally:
    keras.config.set_dtype_policy("float32")
opt = model.optimizer
print("source:", type(opt).__name__, "step", int(opt.iterations))
#> source: LossScaleOptimizer step 2
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    dup = copy.deepcopy(model)
opt = dup.optimizer
print("deepcopy:", type(opt).__name__, "step", int(opt.iterations))
#> deepcopy: Adam step 0
messages = [str(w.message) for w in caught if "optimizer" in str(w.message)]
print("warning:", [m.split(",")[0] for m in messages])
#> warning: ["Skipping variable loading for optimizer 'adam'"]
opt = copy.deepcopy(wrapped).optimizer
print("explicit wrapper, deepcopy:", type(opt).__name__, "step", int(opt.iterations))
#> explicit wrapper, deepcopy: LossScaleOptimizer step 2
