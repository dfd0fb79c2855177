import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
model = keras.Model(inputs, keras.layers.Dense(3, name="dense")(inputs), name="m")
model.quantize("int8")
model.get_layer("dense").enable_lora(2, lora_alpha=8)  # delta scaled by 8 / 2
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
y = np.ones((8, 3), "float32")
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, y, epochs=3, verbose=0)


def same(a, b):
    return np.array_equal(ops.convert_to_numpy(a(x)), ops.convert_to_numpy(b(x)))


plain = keras.models.clone_model(model)  # build() enables LoRA with alpha = rank
plain.set_weights(model.get_weights())
alpha = plain.get_layer("dense").lora_alpha
print("clone + set_weights: lora_alpha", alpha, "same outputs", same(model, plain))
#> clone + set_weights: lora_alpha 2 same outputs False
exact = keras.models.clone_model(model)
for src, dst in zip(model.layers, exact.layers):
    if getattr(src, "lora_enabled", False):
        dst.lora_alpha = src.lora_alpha  # before the clone's first call or fit
exact.set_weights(model.get_weights())
alpha = exact.get_layer("dense").lora_alpha
print("alpha copied first: lora_alpha", alpha, "same outputs", same(model, exact))
#> alpha copied first: lora_alpha 8 same outputs True
exact.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
for twin in (model, exact):
    twin.fit(x, y, epochs=2, verbose=0, shuffle=False)
print("both trained 2 more epochs, same outputs:", same(model, exact))
#> both trained 2 more epochs, same outputs: True
