import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(2, 5, 3)).astype("float32")  # batch 2, 5 time steps, 3 features
target = rng.normal(size=(2, 5, 4)).astype("float32")

dense = keras.layers.Dense(4, name="dense")
td = keras.layers.TimeDistributed(dense, name="td")
y = ops.convert_to_numpy(td(x))
td7 = keras.layers.TimeDistributed(keras.layers.Dense(4))
td7.build((None, 7, 3))  # a second wrapper, on 7 time steps
for n, layer in [(5, td), (7, td7)]:
    shapes = [tuple(w.shape) for w in layer.weights]
    print(f"{n} steps | td weights: {shapes} | params: {layer.count_params()}")
    #> 5 steps | td weights: [(3, 4), (4,)] | params: 16
    #> 7 steps | td weights: [(3, 4), (4,)] | params: 16
same = len(td.weights) == 2 and all(a is b for a, b in zip(td.weights, dense.weights))
print("td weights are dense's variables:", same)
#> td weights are dense's variables: True
steps = [np.allclose(y[:, t], ops.convert_to_numpy(dense(x[:, t]))) for t in range(5)]
print("step t equals dense(x[:, t]):", steps)
#> step t equals dense(x[:, t]): [True, True, True, True, True]
y_plain = ops.convert_to_numpy(dense(x))  # the same Dense, called on the 3-D input
print("plain dense on 3-D, same output:", np.allclose(y, y_plain))
#> plain dense on 3-D, same output: True
print("dense variables after the 3-D call:", len(dense.weights))
#> dense variables after the 3-D call: 2


def kernel_gradient(layer, xb, yb):  # SGD(1.0): the kernel moves by minus its gradient
    start = dense.get_weights()
    model = keras.Sequential([keras.Input(xb.shape[1:]), layer])
    loss = keras.losses.MeanSquaredError(reduction="sum")
    model.compile(optimizer=keras.optimizers.SGD(1.0), loss=loss)
    model.train_on_batch(xb, yb)
    gradient = start[0] - dense.get_weights()[0]
    dense.set_weights(start)
    return gradient


g_td = kernel_gradient(td, x, target)
g_steps = [kernel_gradient(dense, x[:, t], target[:, t]) for t in range(5)]
print("kernel gradient is the sum over steps:", np.allclose(g_td, sum(g_steps)))
#> kernel gradient is the sum over steps: True
