import keras
import numpy as np
from keras import ops

left = np.array([[1.0], [3.0]], "float32")  # batch mean 2, variance 1
right = np.array([[2.0], [6.0]], "float32")  # batch mean 4, variance 4


def expected(*batches, momentum=0.5):  # one update per batch, from mean 0, variance 1
    mean, variance = 0.0, 1.0
    for x in batches:
        mean = momentum * mean + (1 - momentum) * x.mean()
        variance = momentum * variance + (1 - momentum) * x.var()
    return [round(float(mean), 3), round(float(variance), 3)]


print("expected, one update, left / right:", expected(left), expected(right))
#> expected, one update, left / right: [1.0, 1.0] [2.0, 2.5]
print("expected, left then right:", expected(left, right))
#> expected, left then right: [2.5, 2.5]
print("expected, right then left:", expected(right, left))
#> expected, right then left: [2.0, 1.75]
for order in ["left, right", "right, left"]:
    bn = keras.layers.BatchNormalization(momentum=0.5, name="bn")  # one instance
    a, b = keras.Input((1,), name="left"), keras.Input((1,), name="right")
    ya, yb = bn(a), bn(b)  # left is called first in both models
    model = keras.Model([a, b], [ya, yb] if order == "left, right" else [yb, ya])
    sgd = keras.optimizers.SGD(0.0)  # learning rate 0: gamma and beta stay put
    model.compile(optimizer=sgd, loss="mse")
    model.fit([left, right], [left, left], batch_size=2, verbose=0)  # one step
    stats = [ops.convert_to_numpy(w).round(3).item() for w in bn.weights[2:]]
    print(f"outputs [{order}] | moving mean, variance after one step:", stats)
    #> outputs [left, right] | moving mean, variance after one step: [2.0, 1.75]
    #> outputs [right, left] | moving mean, variance after one step: [2.5, 2.5]
print("bn weights:", len(bn.weights), [w.name for w in bn.weights])
#> bn weights: 4 ['gamma', 'beta', 'moving_mean', 'moving_variance']
