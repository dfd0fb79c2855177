import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
dense = keras.layers.Dense(3, name="dense")
model = keras.Model(inputs, dense(inputs), name="m")
dense.enable_lora(2)
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, np.ones((8, 3), "float32"), epochs=3, verbose=0)

names = [n for n in dir(dense) if "lora" in n and not n.startswith("_")]
print("public LoRA methods:", [n for n in names if callable(getattr(dense, n))])
#> public LoRA methods: ['enable_lora']
base, bias, lora_a, lora_b = dense.get_weights()  # unmerged: four arrays
scale = dense.lora_alpha / dense.lora_rank  # lora_alpha defaults to the rank
merged = base + scale * lora_a @ lora_b
print("scale:", scale)
#> scale: 1.0
print("merged differs from base:", not np.allclose(merged, base))
#> merged differs from base: True
kernel = keras.ops.convert_to_numpy(dense.kernel)
print("layer.kernel is the merged kernel:", np.allclose(merged, kernel))
#> layer.kernel is the merged kernel: True

plain_inputs = keras.Input((4,), name="x")
plain = keras.layers.Dense(3, name="dense")  # no LoRA: two weights
deployed = keras.Model(plain_inputs, plain(plain_inputs), name="deployed")
plain.set_weights([merged, bias])
print("deployed weights:", [w.path for w in deployed.weights])
#> deployed weights: ['dense/kernel', 'dense/bias']
lora_out = keras.ops.convert_to_numpy(model(x))
deployed_out = keras.ops.convert_to_numpy(deployed(x))
print("same outputs:", np.allclose(lora_out, deployed_out, atol=1e-6))
#> same outputs: True
