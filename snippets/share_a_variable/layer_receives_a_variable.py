import keras
import numpy as np
from keras import ops


class KernelFrom(keras.layers.Layer):
    """A dense layer that uses a kernel variable created elsewhere."""

    def __init__(self, kernel, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.kernel = kernel  # tracked: set in __init__, before build
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        units = self.kernel.shape[1]
        self.bias = self.add_weight(shape=(units,), initializer="zeros", name="bias")

    def call(self, x):
        return self.activation(ops.matmul(x, self.kernel) + self.bias)


keras.utils.set_random_seed(0)
kernel = keras.Variable(keras.random.normal((3, 2), seed=0), name="shared_kernel")
relu_branch = KernelFrom(kernel, activation="relu", name="relu_branch")
linear_branch = KernelFrom(kernel, name="linear_branch")
inputs = keras.Input((3,), name="x")
model = keras.Model(inputs, [relu_branch(inputs), linear_branch(inputs)], name="m")

print("one variable:", relu_branch.kernel is linear_branch.kernel is kernel)
#> one variable: True
print("model weights:", [w.path for w in model.weights])
#> model weights: ['shared_kernel', 'relu_branch/bias', 'linear_branch/bias']
print("parameters:", model.count_params())  # 3*2 once, plus two biases of 2
#> parameters: 10

kernel.assign(ops.zeros((3, 2)))  # one write reaches both layers
x = np.ones((1, 3), "float32")
outputs = [ops.convert_to_numpy(y) for y in model(x)]
print("both branches see the write:", all(np.all(y == 0) for y in outputs))
#> both branches see the write: True
