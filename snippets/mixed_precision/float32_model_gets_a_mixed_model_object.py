import os
import tempfile

import keras

inputs = keras.Input((4,), name="x")  # a float32 model: no mixed layer at all
model = keras.Model(inputs, keras.layers.Dense(2, name="head")(inputs))
path = os.path.join(tempfile.mkdtemp(), "float32.keras")
model.save(path)
keras.config.set_dtype_policy("mixed_float16")
try:
    copies = {"clone_model": keras.models.clone_model(model)}
    copies["load_model"] = keras.models.load_model(path)
finally:
    keras.config.set_dtype_policy("float32")
for how, dup in copies.items():
    layers = [layer.dtype_policy.name for layer in dup.layers[1:]]
    dup.compile(optimizer="adam", loss="mse")  # after the reset
    wrapped = type(dup.optimizer).__name__
    print(f"{how}: layers {layers}, model {dup.dtype_policy.name}, adam -> {wrapped}")
    #> clone_model: layers ['float32'], model mixed_float16, adam -> LossScaleOptimizer
    #> load_model: layers ['float32'], model mixed_float16, adam -> LossScaleOptimizer
dup.compile(optimizer="adam", loss="mse", auto_scale_loss=False)
print("auto_scale_loss=False:", type(dup.optimizer).__name__)
#> auto_scale_loss=False: Adam
