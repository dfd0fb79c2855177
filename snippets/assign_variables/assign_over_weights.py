import keras
import numpy as np

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
    t.assign(s)  # copies the value; t stays dst's own variable
print([w.path for w in src.non_trainable_weights])
#> ['src/bn/moving_mean', 'src/bn/moving_variance']
print([np.array_equal(t.numpy(), s.numpy()) for t, s in zip(dst.weights, src.weights)])
#> [True, True, True, True, True, True, True, True]
print(np.array_equal(src.predict(x, verbose=0), dst.predict(x, verbose=0)))
#> True

src.weights[0].assign(src.weights[0] + 1.0)  # change src afterwards
print(np.array_equal(dst.weights[0].numpy(), src.weights[0].numpy()))
#> False
