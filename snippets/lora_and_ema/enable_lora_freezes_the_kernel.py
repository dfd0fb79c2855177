import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
dense = keras.layers.Dense(3, name="dense")
model = keras.Model(inputs, dense(inputs), name="m")
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
before = ops.convert_to_numpy(model(x))

dense.enable_lora(2)  # rank 2: a (4, 2) matrix A and a (2, 3) matrix B
for w in model.weights:
    print(f"{w.path}: shape {tuple(w.shape)}, trainable {w.trainable}")
    #> dense/kernel: shape (4, 3), trainable False
    #> dense/bias: shape (3,), trainable True
    #> dense/lora_kernel_a: shape (4, 2), trainable True
    #> dense/lora_kernel_b: shape (2, 3), trainable True
print("get_weights shapes:", [w.shape for w in model.get_weights()])
#> get_weights shapes: [(4, 3), (3,), (4, 2), (2, 3)]
print("lora_kernel_b all zero:", not np.any(ops.convert_to_numpy(dense.lora_kernel_b)))
#> lora_kernel_b all zero: True
with_lora = ops.convert_to_numpy(model(x))
print("output unchanged by enable_lora:", np.allclose(before, with_lora))
#> output unchanged by enable_lora: True

base = dense.get_weights()[0]  # the base kernel, without the LoRA delta
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, np.ones((8, 3), "float32"), epochs=3, verbose=0)
print("base kernel unchanged by fit:", np.array_equal(base, dense.get_weights()[0]))
#> base kernel unchanged by fit: True
after_fit = ops.convert_to_numpy(model(x))
print("output changed by fit:", not np.allclose(before, after_fit))
#> output changed by fit: True
