import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
dense = keras.layers.Dense(3, name="dense")
model = keras.Model(inputs, dense(inputs), name="m")
model.quantize("int8")
dense.enable_lora(2)  # after quantize: the int8 kernel becomes the frozen base
for w in dense.weights:
    print(f"{w.path}: {w.dtype} {tuple(w.shape)} trainable {w.trainable}")
    #> dense/bias: float32 (3,) trainable True
    #> dense/lora_kernel_a: float32 (4, 2) trainable True
    #> dense/lora_kernel_b: float32 (2, 3) trainable True
    #> dense/kernel: int8 (4, 3) trainable False
    #> dense/kernel_scale: float32 (3,) trainable False

x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
before = ops.convert_to_numpy(model(x))
base = [ops.convert_to_numpy(w) for w in dense.non_trainable_weights]
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, np.ones((8, 3), "float32"), epochs=3, verbose=0)
after = [ops.convert_to_numpy(w) for w in dense.non_trainable_weights]
print("int8 base unchanged by fit:", all(map(np.array_equal, base, after)))
#> int8 base unchanged by fit: True
print("output changed by fit:", not np.allclose(before, ops.convert_to_numpy(model(x))))
#> output changed by fit: True
