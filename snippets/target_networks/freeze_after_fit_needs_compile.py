import keras
import numpy as np

keras.utils.set_random_seed(0)
x, y = np.random.rand(32, 3), np.random.rand(32, 1)
inputs = keras.Input((3,))
frozen = keras.layers.Dense(4, name="frozen")
model = keras.Model(inputs, keras.layers.Dense(1, name="o")(frozen(inputs)))
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(x, y, verbose=0)  # traces and caches the train step
print(model.train_function is None)
#> False

frozen.trainable = False  # too late for the cached train step
before = frozen.kernel.numpy()
model.fit(x, y, verbose=0)
print(np.array_equal(before, frozen.kernel.numpy()))  # it still trained
#> False

model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")  # drops the cache
print(model.train_function is None)
#> True
before = frozen.kernel.numpy()
model.fit(x, y, verbose=0)
print(np.array_equal(before, frozen.kernel.numpy()))
#> True
