import keras
import numpy as np
from keras import ops

left = np.array([[1.0], [3.0]], "float32")  # batch mean 2, variance 1
right = np.array([[2.0], [6.0]], "float32")  # batch mean 4, variance 4
bn = keras.layers.BatchNormalization(momentum=0.5, name="bn")  # one instance
a, b = keras.Input((1,), name="left"), keras.Input((1,), name="right")
model = keras.Model([a, b], [bn(a), bn(b)])
model.compile(optimizer=keras.optimizers.SGD(0.0), loss="mse")
model.fit([left, right], [left, left], batch_size=2, verbose=0)  # one step
mean, variance = (ops.convert_to_numpy(w).item() for w in bn.weights[2:])
print("moving mean, variance:", round(mean, 3), round(variance, 3))
#> moving mean, variance: 2.0 1.75


def both_branches(training):
    outputs = model([left, right], training=training)
    return [ops.convert_to_numpy(y).astype(float) for y in outputs]


# Inference: both branches use the one set of moving statistics.
out_l, out_r = both_branches(training=False)
print("inference | left, right:", out_l.round(3).tolist(), out_r.round(3).tolist())
#> inference | left, right: [[-0.756], [0.756]] [[0.0], [3.023]]
by_moving = [(x - mean) / np.sqrt(variance + bn.epsilon) for x in (left, right)]
print("inference, moving statistics:", np.allclose([out_l, out_r], by_moving))
#> inference, moving statistics: True

# Training: each branch is normalized with its own batch's mean and variance.
out_l, out_r = both_branches(training=True)
print("training | left, right:", out_l.round(3).tolist(), out_r.round(3).tolist())
#> training | left, right: [[-1.0], [1.0]] [[-1.0], [1.0]]
by_batch = [(x - x.mean()) / np.sqrt(x.var() + bn.epsilon) for x in (left, right)]
print("training, each branch its own batch:", np.allclose([out_l, out_r], by_batch))
#> training, each branch its own batch: True
