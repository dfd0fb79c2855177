import keras
import numpy as np

keras.utils.set_random_seed(0)


def make(name):
    return keras.Sequential(
        [
            keras.Input((3,)),
            keras.layers.Dense(4, name="h"),
            keras.layers.Dense(1, name="q"),
        ],
        name=name,
    )


def same(a, b):
    return all(np.array_equal(x, y) for x, y in zip(a.get_weights(), b.get_weights()))


online, target = make("online"), make("target")
target.set_weights(online.get_weights())  # start equal
online.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
synced = target.get_weights()  # the target's values at the last sync

SYNC_EVERY = 3
for step in range(1, 7):
    x, y = np.random.rand(8, 3), np.random.rand(8, 1)
    online.train_on_batch(x, y)  # only online learns
    unchanged = all(np.array_equal(s, t) for s, t in zip(synced, target.get_weights()))
    if step % SYNC_EVERY == 0:
        target.set_weights(online.get_weights())  # hard copy
        synced = target.get_weights()
    equal = same(target, online)
    print(f"step {step} | target unchanged since sync: {unchanged} | equal: {equal}")
    #> step 1 | target unchanged since sync: True | equal: False
    #> step 2 | target unchanged since sync: True | equal: False
    #> step 3 | target unchanged since sync: True | equal: True
    #> step 4 | target unchanged since sync: True | equal: False
    #> step 5 | target unchanged since sync: True | equal: False
    #> step 6 | target unchanged since sync: True | equal: True
