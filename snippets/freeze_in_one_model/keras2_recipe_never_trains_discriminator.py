import warnings

import keras
import numpy as np


def snapshot(model):
    return [keras.ops.convert_to_numpy(w).copy() for w in model.weights]


keras.utils.set_random_seed(0)
generator = keras.Sequential([keras.Input((2,)), keras.layers.Dense(2, name="g")])
discriminator = keras.Sequential(
    [keras.Input((2,)), keras.layers.Dense(1, activation="sigmoid", name="d")]
)
# The Keras 2 recipe: compile D, set the flag once, build and compile the GAN.
discriminator.compile(optimizer=keras.optimizers.SGD(0.5), loss="binary_crossentropy")
discriminator.trainable = False
noise = keras.Input((2,), name="noise")
gan = keras.Model(noise, discriminator(generator(noise)), name="gan")
gan.compile(optimizer=keras.optimizers.SGD(0.5), loss="binary_crossentropy")

x = np.random.RandomState(0).normal(size=(8, 2))
before = snapshot(discriminator)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    discriminator.train_on_batch(x, np.ones((8, 1)))
unchanged = all(np.array_equal(b, a) for b, a in zip(before, snapshot(discriminator)))
print("D unchanged by its own train_on_batch:", unchanged)
#> D unchanged by its own train_on_batch: True
print("warning:", [str(w.message) for w in caught])
#> warning: ['The model does not have any trainable weights.']
