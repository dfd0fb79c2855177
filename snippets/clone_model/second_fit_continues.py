import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(32, 3)
y = x.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
first = model.fit(x, y, epochs=3, batch_size=8, verbose=0).history["loss"]
trained = keras.ops.convert_to_numpy(model.layers[0].kernel)


class KernelAtStart(keras.callbacks.Callback):
    def on_train_begin(self, logs=None):
        self.kernel = keras.ops.convert_to_numpy(self.model.layers[0].kernel)


start = KernelAtStart()
history = model.fit(x, y, epochs=3, batch_size=8, verbose=0, callbacks=[start])
second = history.history["loss"]
print("second fit started from the trained kernel:", np.allclose(start.kernel, trained))
#> second fit started from the trained kernel: True
print("second fit's first loss below the first's:", second[0] < first[0])
#> second fit's first loss below the first's: True
print("optimizer steps after two fits:", int(model.optimizer.iterations))
#> optimizer steps after two fits: 24

# To start over, build a fresh model, e.g. clone_model (new weights).
fresh = keras.models.clone_model(model)
fresh_kernel = keras.ops.convert_to_numpy(fresh.layers[0].kernel)
print("clone starts from the trained kernel:", np.allclose(fresh_kernel, trained))
#> clone starts from the trained kernel: False
