import keras
import numpy as np

keras.utils.set_random_seed(0)
online = keras.Sequential(
    [
        keras.Input((3,)),
        keras.layers.Dense(4, name="h"),
        keras.layers.Dense(1, name="q"),
    ],
    name="online",
)

target = keras.models.clone_model(online)  # architecture only: fresh weights
pairs = zip(online.get_weights(), target.get_weights())
print([np.array_equal(a, b) for a, b in pairs])
#> [False, True, False, True]

target.set_weights(online.get_weights())  # now it starts equal
pairs = zip(online.get_weights(), target.get_weights())
print([np.array_equal(a, b) for a, b in pairs])
#> [True, True, True, True]
