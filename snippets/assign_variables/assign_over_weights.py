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
src.fit(x, y, epochs=2, verbose=0)  # moves kernels and the BN moving statistics

for t, s in zip(dst.weights, src.weights, strict=True):
    t.assign(ops.copy(s))  # copies the value into dst's own variable
print("non-trainable in model.weights:", [w.path for w in src.non_trainable_weights])
#> non-trainable in model.weights: ['src/bn/moving_mean', 'src/bn/moving_variance']
pairs = list(zip(dst.weights, src.weights))
equal = [
    np.array_equal(ops.convert_to_numpy(t), ops.convert_to_numpy(s)) for t, s in pairs
]
print("variables copied:", sum(equal), "of", len(pairs))
#> variables copied: 8 of 8
same = np.array_equal(src.predict(x, verbose=0), dst.predict(x, verbose=0))
print("same predictions:", same)
#> same predictions: True

src.weights[0].assign(src.weights[0] + 1.0)  # change src afterwards
kernels = ops.convert_to_numpy(dst.weights[0]), ops.convert_to_numpy(src.weights[0])
print("dst follows src:", np.array_equal(*kernels))
#> dst follows src: False
