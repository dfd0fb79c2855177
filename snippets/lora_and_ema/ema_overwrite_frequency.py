import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((1,), name="x")
layer = keras.layers.Dense(1, use_bias=False, kernel_initializer="ones", name="w")
model = keras.Model(inputs, layer(inputs), name="m")
optimizer = keras.optimizers.SGD(
    0.1, use_ema=True, ema_momentum=0.5, ema_overwrite_frequency=2
)
model.compile(optimizer=optimizer, loss="mse")


def value(v):
    return round(float(ops.convert_to_numpy(v).item()), 4)


x, y = np.ones((1, 1), "float32"), np.full((1, 1), 3.0, "float32")
for step in range(1, 5):
    model.train_on_batch(x, y)
    average = next(v for v in optimizer.variables if v.path.endswith("_average"))
    weight, avg = value(layer.kernel), value(average)
    print(f"step {step}: weight {weight}, average {avg}, equal {weight == avg}")
    #> step 1: weight 1.4, average 1.4, equal True
    #> step 2: weight 1.56, average 1.56, equal True
    #> step 3: weight 1.848, average 1.704, equal False
    #> step 4: weight 1.8912, average 1.8912, equal True
