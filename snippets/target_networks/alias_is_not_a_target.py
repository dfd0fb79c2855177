import keras
import numpy as np

keras.utils.set_random_seed(0)
online = keras.Sequential(
    [keras.Input((3,)), keras.layers.Dense(1, name="q")], name="online"
)
online.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")

target = online  # a second name for the same model, not a copy
before = target.get_weights()
online.train_on_batch(np.random.rand(8, 3), np.random.rand(8, 1))
print("target is online:", target is online)
#> target is online: True
pairs = zip(before, target.get_weights())
print("target kept its values:", all(np.array_equal(b, a) for b, a in pairs))
#> target kept its values: False
