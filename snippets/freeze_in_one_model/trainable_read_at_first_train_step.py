import keras
import numpy as np


def snapshot(model):
    return [keras.ops.convert_to_numpy(w).copy() for w in model.weights]


def moved(before, model):
    return any(not np.array_equal(b, a) for b, a in zip(before, snapshot(model)))


keras.utils.set_random_seed(0)
generator = keras.Sequential([keras.Input((2,)), keras.layers.Dense(2, name="g")])
discriminator = keras.Sequential(
    [keras.Input((2,)), keras.layers.Dense(1, activation="sigmoid", name="d")]
)
noise = keras.Input((2,), name="noise")
gan = keras.Model(noise, discriminator(generator(noise)), name="gan")
z, ones = np.random.RandomState(0).normal(size=(8, 2)), np.ones((8, 1))


def gan_step_moves_discriminator():
    before = snapshot(discriminator)
    gan.train_on_batch(z, ones)
    return moved(before, discriminator)


gan.compile(optimizer=keras.optimizers.SGD(0.5), loss="binary_crossentropy")
discriminator.trainable = False  # AFTER compile, BEFORE the first step
print("1. flag False after compile, D moved:", gan_step_moves_discriminator())
#> 1. flag False after compile, D moved: False
discriminator.trainable = True  # no compile this time
print("2. flag True, no recompile, D moved:", gan_step_moves_discriminator())
#> 2. flag True, no recompile, D moved: False
print("2b. gan.trainable_weights lists D again:", len(gan.trainable_weights) == 4)
#> 2b. gan.trainable_weights lists D again: True
gan.compile(optimizer=keras.optimizers.SGD(0.5), loss="binary_crossentropy")
print("3. flag True, after compile, D moved:", gan_step_moves_discriminator())
#> 3. flag True, after compile, D moved: True
