import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 4).astype("float32") * 5 + 3  # new data, far from mean 0
y = np.random.rand(64, 1).astype("float32")
dense, bn = keras.layers.Dense(4, name="dense"), keras.layers.BatchNormalization()
base = keras.Sequential([keras.Input((4,)), dense, bn], name="base")  # "pretrained"
inputs = keras.Input((4,))
model = keras.Model(inputs, keras.layers.Dense(1, name="head")(base(inputs)))


def fit_changes():  # which of bn's variables one epoch of model.fit changes
    before = [keras.ops.convert_to_numpy(v) for v in (bn.moving_mean, bn.gamma)]
    model.compile(keras.optimizers.Adam(), "mse")  # a new optimizer each time
    model.fit(x, y, batch_size=16, verbose=0)
    after = [keras.ops.convert_to_numpy(v) for v in (bn.moving_mean, bn.gamma)]
    return [not np.allclose(b, a) for b, a in zip(before, after)]


base.trainable = False  # phase 1: train the head only
print("frozen base, fit changes moving_mean, gamma:", fit_changes())
#> frozen base, fit changes moving_mean, gamma: [False, False]
out = [keras.ops.convert_to_numpy(bn(x, training=t)) for t in (True, False)]
print("frozen BN, training=True output == training=False output:", np.allclose(*out))
#> frozen BN, training=True output == training=False output: True
base.trainable = True  # phase 2: fine-tune the whole base
print("unfrozen base, fit changes moving_mean, gamma:", fit_changes())
#> unfrozen base, fit changes moving_mean, gamma: [True, True]
