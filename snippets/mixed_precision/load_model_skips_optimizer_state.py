import os
import tempfile
import warnings

import keras
import numpy as np

keras.backend.clear_session()  # optimizer names start at 'adam' again
keras.utils.set_random_seed(0)
x, y = np.ones((16, 4)), np.zeros((16, 2))
keras.config.set_dtype_policy("mixed_float16")
try:
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, name="hidden")])
    model.add(keras.layers.Dense(2, dtype="float32"))
    model.compile(optimizer="adam", loss="mse")  # wrapped: LossScaleOptimizer
    model.fit(x, y, epochs=2, verbose=0)
    path = os.path.join(tempfile.mkdtemp(), "mixed.keras")
    model.save(path)
    kept = keras.models.load_model(path)  # loaded under the mixed policy
finally:
    keras.config.set_dtype_policy("float32")
with warnings.catch_warnings(record=True, action="always") as caught:
    plain = keras.models.load_model(path)  # the global policy is float32 now
found = [str(w.message) for w in caught if "optimizer" in str(w.message)]
print("warning:", found[0].split(", ")[0])
#> warning: Skipping variable loading for optimizer 'adam'
print("reason:", found[0].split(", ")[1].strip())
#> reason: because it has 10 variables whereas the saved optimizer has 14 variables.
fresh = keras.models.load_model(path, compile=False)  # a fresh wrapper instead
fresh.compile(keras.optimizers.LossScaleOptimizer(keras.optimizers.Adam()), "mse")
saved = [keras.ops.convert_to_numpy(v) for v in model.optimizer.variables]
loads = {"load_model": plain, "compile=False + wrapper": fresh}
for how, dup in {**loads, "load_model under mixed_float16": kept}.items():
    state = [keras.ops.convert_to_numpy(v) for v in dup.optimizer.variables]
    same = len(state) == len(saved) and all(map(np.array_equal, state, saved))
    dup.fit(x, y, epochs=1, verbose=0)  # one more step
    step, name = int(dup.optimizer.iterations), type(dup.optimizer).__name__
    print(f"{how}: {name}, state kept {same}, then step {step}")
    #> load_model: Adam, state kept False, then step 1
    #> compile=False + wrapper: LossScaleOptimizer, state kept False, then step 1
    #> load_model under mixed_float16: LossScaleOptimizer, state kept True, then step 3
