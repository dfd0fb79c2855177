import keras
import numpy as np
from keras import ops


class KernelFrom(keras.layers.Layer):
    def __init__(self, kernel, **kwargs):
        super().__init__(**kwargs)
        self.kernel = kernel

    def call(self, x):
        return ops.matmul(x, self.kernel)


def one_sgd_step(kernels, uses):
    """Builds a model whose outputs use `kernels[i]`, takes one SGD step (lr=1)."""
    inputs = keras.Input((3,), name="x")
    outs = [KernelFrom(kernels[i], name=f"use_{n}")(inputs) for n, i in enumerate(uses)]
    model = keras.Model(inputs, outs)
    model.compile(optimizer=keras.optimizers.SGD(1.0), loss=["mse"] * len(outs))
    before = [ops.convert_to_numpy(k) for k in kernels]
    model.train_on_batch(x, [targets[n] for n in range(len(outs))])
    return [ops.convert_to_numpy(k) - b for k, b in zip(kernels, before)]


keras.utils.set_random_seed(0)
x = np.array([[1.0, 2.0, 3.0]], "float32")
targets = [np.array([[1.0, 0.0]], "float32"), np.array([[0.0, -1.0]], "float32")]
start = np.random.RandomState(0).normal(size=(3, 2)).astype("float32")

shared = keras.Variable(start, name="shared")  # one variable, two uses
(step_shared,) = one_sgd_step([shared], uses=[0, 0])
untied = [keras.Variable(start, name=f"copy_{i}") for i in range(2)]  # one use each
step_a, step_b = one_sgd_step(untied, uses=[0, 1])

print("shared update = sum of the two:", np.allclose(step_shared, step_a + step_b))
#> shared update = sum of the two: True
print("shared update, row 0:", np.round(step_shared[0].astype("float64"), 3).tolist())
#> shared update, row 0: [-17.648, -4.9]
print("use 0 alone, row 0:", np.round(step_a[0].astype("float64"), 3).tolist())
#> use 0 alone, row 0: [-8.324, -1.95]
print("use 1 alone, row 0:", np.round(step_b[0].astype("float64"), 3).tolist())
#> use 1 alone, row 0: [-9.324, -2.95]
