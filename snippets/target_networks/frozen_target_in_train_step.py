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
print(len(model.trainable_weights), len(target.trainable_weights))
#> 6 0

before = target.get_weights()
model.fit(np.random.rand(32, 3), np.random.rand(32, 1), epochs=2, verbose=0)
print([np.array_equal(b, a) for b, a in zip(before, target.get_weights())])
#> [True, True, True, True, True, True, True, True]
print([np.array_equal(b, a) for b, a in zip(before, online.get_weights())])
#> [False, False, False, False, False, False, False, False]

target.set_weights(online.get_weights())  # frozen to the optimizer, not to a copy
pairs = zip(online.get_weights(), target.get_weights())
print([np.array_equal(o, t) for o, t in pairs])
#> [True, True, True, True, True, True, True, True]
