import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
dense = keras.layers.Dense(3, name="dense")
model = keras.Model(inputs, dense(inputs), name="m")
rng = np.random.RandomState(0)  # NumPy draws: the same numbers on every backend
model.set_weights([rng.normal(size=w.shape) for w in model.weights])
model.quantize("int8")
print("trainable after quantize:", [w.path for w in model.trainable_weights])
#> trainable after quantize: ['dense/bias']
x = rng.normal(size=(32, 4)).astype("float32")
y = x @ rng.normal(size=(4, 3)).astype("float32")
for label in ("int8 model", "with LoRA"):
    if label == "with LoRA":
        dense.enable_lora(2)  # float adapters next to the frozen int8 kernel
        dense.lora_kernel_a.assign(rng.normal(scale=0.5, size=(4, 2)))
    before = [ops.convert_to_numpy(w) for w in model.weights]
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
    model.fit(x, y, epochs=20, verbose=0, shuffle=False)
    after = [ops.convert_to_numpy(w) for w in model.weights]
    names = [w.path.split("/")[-1] for w in model.weights]
    changed = [n for n, b, a in zip(names, before, after) if not np.array_equal(b, a)]
    loss = model.evaluate(x, y, verbose=0)
    print(f"{label}, fit: trained {changed}, loss {loss:.3f}")
    #> int8 model, fit: trained ['bias'], loss 9.650
    #> with LoRA, fit: trained ['bias', 'lora_kernel_a', 'lora_kernel_b'], loss 1.173
