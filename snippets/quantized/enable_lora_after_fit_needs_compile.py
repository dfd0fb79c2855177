import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
dense = keras.layers.Dense(3, name="dense")
model = keras.Model(inputs, dense(inputs), name="m")
model.quantize("int8")
rng = np.random.RandomState(0)
x = rng.normal(size=(32, 4)).astype("float32")
y = x @ rng.normal(size=(4, 3)).astype("float32")
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, y, epochs=2, verbose=0)  # trains the bias: the int8 kernel is frozen


def trained_by_fit():
    before = [ops.convert_to_numpy(w) for w in model.weights]
    model.fit(x, y, epochs=5, verbose=0)
    after = [ops.convert_to_numpy(w) for w in model.weights]
    names = [w.path.split("/")[-1] for w in model.weights]
    return [n for n, b, a in zip(names, before, after) if not np.array_equal(b, a)]


dense.enable_lora(2)
print("enable_lora, fit: trained", trained_by_fit())
#> enable_lora, fit: trained ['bias']
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
print("compile again, fit: trained", trained_by_fit())
#> compile again, fit: trained ['bias', 'lora_kernel_a', 'lora_kernel_b']
