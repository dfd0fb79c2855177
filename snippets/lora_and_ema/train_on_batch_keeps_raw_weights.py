import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
inputs = keras.Input((1,), name="x")
layer = keras.layers.Dense(1, use_bias=False, kernel_initializer="ones", name="w")
model = keras.Model(inputs, layer(inputs), name="m")
optimizer = keras.optimizers.SGD(0.1, use_ema=True, ema_momentum=0.5)
model.compile(optimizer=optimizer, loss="mse")


def value(v):
    return round(float(ops.convert_to_numpy(v).item()), 4)


x, y = np.ones((1, 1), "float32"), np.full((1, 1), 3.0, "float32")
for _ in range(4):  # the same four steps as fit() with batch_size=1
    model.train_on_batch(x, y)
average = next(v for v in optimizer.variables if v.path.endswith("_average"))
print("after train_on_batch: weight", value(layer.kernel), "average", value(average))
#> after train_on_batch: weight 2.1808 average 1.9744
optimizer.finalize_variable_values(model.trainable_variables)  # what fit() does
print("after finalize_variable_values: weight", value(layer.kernel))
#> after finalize_variable_values: weight 1.9744
