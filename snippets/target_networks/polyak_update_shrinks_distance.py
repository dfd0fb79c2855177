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


def distance(a, b):  # Euclidean norm over all weights, in float64
    pairs = zip(a.get_weights(), b.get_weights())
    return np.sqrt(sum(np.sum((x.astype("float64") - y) ** 2) for x, y in pairs))


online, target = make("online"), make("target")  # different start on purpose
tau = 0.25
d = distance(online, target)
for update in range(1, 5):
    for t, s in zip(target.weights, online.weights, strict=True):
        t.assign(tau * s + (1 - tau) * t)  # soft (Polyak) update
    d, previous = distance(online, target), d
    print("update", update, "| distance ratio:", round(float(d / previous), 6))
    #> update 1 | distance ratio: 0.75
    #> update 2 | distance ratio: 0.75
    #> update 3 | distance ratio: 0.75
    #> update 4 | distance ratio: 0.75
