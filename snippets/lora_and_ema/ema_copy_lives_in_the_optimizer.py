import keras
import numpy as np
from keras import ops


def model_and_optimizer():
    inputs = keras.Input((1,), name="x")
    layer = keras.layers.Dense(1, use_bias=False, kernel_initializer="ones", name="w")
    model = keras.Model(inputs, layer(inputs), name="m")
    optimizer = keras.optimizers.SGD(0.1, use_ema=True, ema_momentum=0.5, name="sgd")
    model.compile(optimizer=optimizer, loss="mse")
    return model, optimizer


def value(v):
    return round(float(ops.convert_to_numpy(v).item()), 4)


keras.utils.set_random_seed(0)
x, y = np.ones((1, 1), "float32"), np.full((1, 1), 3.0, "float32")
model, optimizer = model_and_optimizer()
raw, ema = [], None
for step in range(4):  # step by step, to read the weight after each step
    model.train_on_batch(x, y)
    raw.append(value(model.weights[0]))
    ema = raw[0] if ema is None else 0.5 * ema + 0.5 * raw[-1]
print("optimizer variables:", [v.path for v in optimizer.variables])
#> optimizer variables: ['sgd/iteration', 'sgd/learning_rate', 'sgd/w_kernel_average']
average = next(v for v in optimizer.variables if v.path.endswith("_average"))
print("raw weight after each step:", raw)
#> raw weight after each step: [1.4, 1.72, 1.976, 2.1808]
print("EMA by hand:", round(ema, 4), "- optimizer's average:", value(average))
#> EMA by hand: 1.9744 - optimizer's average: 1.9744

model, optimizer = model_and_optimizer()  # the same four steps in one fit()
model.fit(np.repeat(x, 4, 0), np.repeat(y, 4, 0), batch_size=1, verbose=0)
print("model weight after fit():", value(model.weights[0]))
#> model weight after fit(): 1.9744
