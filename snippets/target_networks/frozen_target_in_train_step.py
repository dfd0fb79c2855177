import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)


def make(name):
    layers = [
        keras.layers.Dense(4, name="h"),
        keras.layers.BatchNormalization(name="bn"),
    ]
    return keras.Sequential(
        [keras.Input((3,)), *layers, keras.layers.Dense(1, name="o")], name=name
    )


class WithTarget(keras.Model):
    def __init__(self, online, target):
        super().__init__(name="with_target")
        self.online, self.target = online, target

    def call(self, x, training=False):
        return self.online(x, training=training)

    def compute_loss(
        self, x=None, y=None, y_pred=None, sample_weight=None, training=True
    ):
        pulled = self.target(x, training=False)  # targets from the frozen copy
        return ops.mean((y_pred - y) ** 2) + ops.mean((y_pred - pulled) ** 2)


online, target = make("online"), make("target")
target.set_weights(online.get_weights())
target.trainable = False  # freeze BEFORE compile
model = WithTarget(online, target)
model.compile(optimizer=keras.optimizers.SGD(0.1))
print("trainable weights in model:", len(model.trainable_weights))
#> trainable weights in model: 6
print("trainable weights in target:", len(target.trainable_weights))
#> trainable weights in target: 0

before = target.get_weights()
model.fit(np.random.rand(32, 3), np.random.rand(32, 1), epochs=2, verbose=0)
kept = [np.array_equal(b, a) for b, a in zip(before, target.get_weights())]
print("target variables unchanged:", sum(kept), "of", len(kept))
#> target variables unchanged: 8 of 8
moved = [not np.array_equal(b, a) for b, a in zip(before, online.get_weights())]
print("online variables moved:", sum(moved), "of", len(moved))
#> online variables moved: 8 of 8

target.set_weights(online.get_weights())  # frozen to the optimizer, not to a copy
pairs = zip(online.get_weights(), target.get_weights())
synced = all(np.array_equal(o, t) for o, t in pairs)
print("set_weights reaches the frozen target:", synced)
#> set_weights reaches the frozen target: True
