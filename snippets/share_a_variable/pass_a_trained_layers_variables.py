import keras
import numpy as np
from keras import ops


class LinearFrom(keras.layers.Layer):
    """x @ kernel + bias with variables that another layer owns; no activation."""

    def __init__(self, kernel, bias, **kwargs):
        super().__init__(**kwargs)
        self.kernel, self.bias = kernel, bias

    def call(self, x):
        return ops.matmul(x, self.kernel) + self.bias


keras.utils.set_random_seed(0)
inputs = keras.Input((3,), name="x")
dense = keras.layers.Dense(2, activation="relu", name="dense")
original = keras.Model(inputs, dense(inputs), name="original")

# The split model: the same kernel and bias, the activation as its own layer.
linear = LinearFrom(dense.kernel, dense.bias, name="linear")
split_out = keras.layers.Activation("relu", name="relu")(linear(inputs))
split = keras.Model(inputs, split_out, name="split")
print("split model weights:", [w.path for w in split.weights])
#> split model weights: ['dense/kernel', 'dense/bias']

x = np.random.RandomState(0).normal(size=(16, 3)).astype("float32")
before = ops.convert_to_numpy(split(x))
same = np.allclose(ops.convert_to_numpy(original(x)), before)
print("same outputs before training:", same)
#> same outputs before training: True
original.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
original.fit(x, np.ones((16, 2), "float32"), epochs=2, verbose=0)
after = ops.convert_to_numpy(split(x))
print("split output moved:", not np.allclose(before, after))
#> split output moved: True
same = np.allclose(ops.convert_to_numpy(original(x)), after)
print("same outputs after training:", same)
#> same outputs after training: True
