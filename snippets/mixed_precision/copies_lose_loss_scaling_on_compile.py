import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
keras.config.set_dtype_policy("mixed_float16")
try:
    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(8, name="hidden")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(2, dtype="float32")(hidden))
finally:
    keras.config.set_dtype_policy("float32")
path = os.path.join(tempfile.mkdtemp(), "mixed.keras")
model.save(path)
copies = {
    "source": model,
    "clone_model": keras.models.clone_model(model),
    "from_config": keras.Model.from_config(model.get_config()),
    "load_model": keras.models.load_model(path),
}
for how, dup in copies.items():
    dup.compile(optimizer="adam", loss="mse")
    plain = type(dup.optimizer).__name__
    print(f"{how}: model policy {dup.dtype_policy.name}, compile('adam') {plain}")
    #> source: model policy mixed_float16, compile('adam') LossScaleOptimizer
    #> clone_model: model policy float32, compile('adam') Adam
    #> from_config: model policy float32, compile('adam') Adam
    #> load_model: model policy float32, compile('adam') Adam
for how, dup in list(copies.items())[1:]:  # the fix: wrap the optimizer yourself
    scaled = keras.optimizers.LossScaleOptimizer(keras.optimizers.Adam())
    dup.compile(optimizer=scaled, loss="mse")
    dup.fit(np.ones((16, 4)), np.zeros((16, 2)), epochs=3, verbose=0)
    scale = float(keras.ops.convert_to_numpy(dup.optimizer.dynamic_scale))
    steps = int(dup.optimizer.iterations)
    print(f"{how} + LossScaleOptimizer: steps {steps}, loss scale {scale:.0f}")
    #> clone_model + LossScaleOptimizer: steps 3, loss scale 32768
    #> from_config + LossScaleOptimizer: steps 3, loss scale 32768
    #> load_model + LossScaleOptimizer: steps 3, loss scale 32768
