import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)


def make(name):
    layers = [
        keras.layers.Dense(4, name="h"),
        keras.layers.BatchNormalization(name="bn"),
    ]
    return keras.Sequential(
        [keras.Input((3,)), *layers, keras.layers.Dense(1, name="o")], name=name
    )


src, dst = make("src"), make("dst")
src.compile(optimizer="sgd", loss="mse")
x, y = np.random.rand(32, 3), np.random.rand(32, 1)
src.fit(x, y, epochs=2, verbose=0)

for t, s in zip(dst.trainable_weights, src.trainable_weights, strict=True):
    t.assign(ops.copy(s))  # kernels, biases, gamma, beta: not the moving statistics
bn_src, bn_dst = src.get_layer("bn"), dst.get_layer("bn")
gammas = ops.convert_to_numpy(bn_src.gamma), ops.convert_to_numpy(bn_dst.gamma)
print("gamma copied:", np.array_equal(*gammas))
#> gamma copied: True
means = ops.convert_to_numpy(bn_src.moving_mean), ops.convert_to_numpy(
    bn_dst.moving_mean
)
print("moving_mean copied:", np.array_equal(*means))
#> moving_mean copied: False
print("dst moving_mean:", means[1].tolist())  # still the initial zeros
#> dst moving_mean: [0.0, 0.0, 0.0, 0.0]
same = np.allclose(src.predict(x, verbose=0), dst.predict(x, verbose=0))
print("same predictions:", same)
#> same predictions: False
