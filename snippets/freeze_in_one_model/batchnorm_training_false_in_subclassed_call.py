import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 4).astype("float32") * 5 + 3  # new data, far from mean 0
y = np.random.rand(64, 1).astype("float32")
dense, bn = keras.layers.Dense(4, name="dense"), keras.layers.BatchNormalization()
base = keras.Sequential([keras.Input((4,)), dense, bn], name="base")  # "pretrained"


class FineTuner(keras.Model):  # subclassed: fit runs call as written
    def __init__(self, base):
        super().__init__()
        self.base, self.head = base, keras.layers.Dense(1, name="head")

    def call(self, x, training=None):  # fit passes training=True
        return self.head(self.base(x, training=False))


model = FineTuner(base)
base.trainable = True  # fine-tune the whole base
watched = (bn.moving_mean, bn.gamma)
before = [keras.ops.convert_to_numpy(v) for v in watched]
model.compile(keras.optimizers.Adam(), "mse")
model.fit(x, y, batch_size=16, verbose=0)
after = [keras.ops.convert_to_numpy(v) for v in watched]
changed = [not np.allclose(b, a) for b, a in zip(before, after)]
print("subclassed call, fit changes moving_mean, gamma:", changed)
#> subclassed call, fit changes moving_mean, gamma: [False, True]
