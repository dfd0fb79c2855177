import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
x, y = np.random.rand(32, 3), np.random.rand(32, 1)
inputs = keras.Input((3,))
frozen = keras.layers.Dense(4, name="frozen")
model = keras.Model(inputs, keras.layers.Dense(1, name="o")(frozen(inputs)))
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, y, verbose=0)  # traces and caches the train step
print("train step cached:", model.train_function is not None)
#> train step cached: True

frozen.trainable = False  # too late for the cached train step (TensorFlow backend)
before = ops.convert_to_numpy(frozen.kernel)
model.fit(x, y, verbose=0)
unchanged = np.array_equal(before, ops.convert_to_numpy(frozen.kernel))
print("frozen kernel unchanged:", unchanged)
#> frozen kernel unchanged: False

model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")  # drops the cache
print("train step cached after compile:", model.train_function is not None)
#> train step cached after compile: False
before = ops.convert_to_numpy(frozen.kernel)
model.fit(x, y, verbose=0)
unchanged = np.array_equal(before, ops.convert_to_numpy(frozen.kernel))
print("frozen kernel unchanged after compile:", unchanged)
#> frozen kernel unchanged after compile: True
