import keras
import numpy as np


def snapshot(model):
    return [keras.ops.convert_to_numpy(w).copy() for w in model.weights]


def moved(before, model):
    return any(not np.array_equal(b, a) for b, a in zip(before, snapshot(model)))


keras.utils.set_random_seed(0)
dense = keras.layers.Dense  # tiny stand-ins for a real generator and discriminator
generator = keras.Sequential([keras.Input((2,)), dense(2, name="g")], name="generator")
discriminator = keras.Sequential(
    [keras.Input((2,)), dense(1, activation="sigmoid", name="d")], name="discriminator"
)
discriminator.compile(optimizer=keras.optimizers.SGD(0.5), loss="binary_crossentropy")
noise = keras.Input((2,), name="noise")
gan = keras.Model(noise, discriminator(generator(noise)), name="gan")
gan.compile(optimizer=keras.optimizers.SGD(0.5), loss="binary_crossentropy")

rng, log = np.random.RandomState(0), []
for step in (1, 2):
    real, z = rng.normal(size=(8, 2)), rng.normal(size=(8, 2))
    fake = generator.predict(z, verbose=0)
    discriminator.trainable = True  # set the flag for the model about to train
    g0, d0 = snapshot(generator), snapshot(discriminator)
    discriminator.train_on_batch(
        np.concatenate([real, fake]), np.repeat([[1], [0]], 8, 0)
    )
    d_moved, g_moved = moved(d0, discriminator), moved(g0, generator)
    log.append(f"step {step}, D phase: D moved {d_moved}, G moved {g_moved}")
    discriminator.trainable = False
    g0, d0 = snapshot(generator), snapshot(discriminator)
    gan.train_on_batch(z, np.ones((8, 1)))  # the generator learns to fool D
    d_moved, g_moved = moved(d0, discriminator), moved(g0, generator)
    log.append(f"step {step}, G phase: D moved {d_moved}, G moved {g_moved}")
for line in log:
    print(line)
    #> step 1, D phase: D moved True, G moved False
    #> step 1, G phase: D moved False, G moved True
    #> step 2, D phase: D moved True, G moved False
    #> step 2, G phase: D moved False, G moved True
