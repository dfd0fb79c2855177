import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 4).astype("float32") * 5 + 3  # new data, far from mean 0
y = np.random.rand(64, 1).astype("float32")
dense, bn = keras.layers.Dense(4, name="dense"), keras.layers.BatchNormalization()
block = keras.Sequential([bn], name="block")  # the BN layer sits in a nested block
base = keras.Sequential([keras.Input((4,)), dense, block], name="base")  # "pretrained"
inputs = keras.Input((4,))
features = base(inputs, training=False)  # the transfer learning guide: BN stays frozen?
model = keras.Model(inputs, keras.layers.Dense(1, name="head")(features))


def fit_changes():  # which variables one epoch of model.fit changes
    watched = (bn.moving_mean, bn.gamma, dense.kernel)
    before = [keras.ops.convert_to_numpy(v) for v in watched]
    model.compile(keras.optimizers.Adam(), "mse")  # a new optimizer each time
    model.fit(x, y, batch_size=16, verbose=0)
    after = [keras.ops.convert_to_numpy(v) for v in watched]
    return [not np.allclose(b, a) for b, a in zip(before, after)]


def freeze_batchnorm(layers):  # what works; walks nested models' .layers too
    for layer in layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
        freeze_batchnorm(getattr(layer, "layers", []))


base.trainable = True  # fine-tune the whole base
print("base(x, training=False), fit changes moving_mean:", fit_changes()[0])
#> base(x, training=False), fit changes moving_mean: True
freeze_batchnorm(base.layers)  # after the last assignment to any enclosing trainable
print("BN layers frozen, fit changes moving_mean, gamma, kernel:", fit_changes())
#> BN layers frozen, fit changes moving_mean, gamma, kernel: [False, False, True]
path = tempfile.mkdtemp() + "/fine_tuned.keras"
model.save(path)  # the next session goes on from the file
reloaded = keras.models.load_model(path).get_layer("base").get_layer("block")
print("reloaded, BN layer trainable:", reloaded.layers[0].trainable)
#> reloaded, BN layer trainable: False
