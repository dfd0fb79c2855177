import keras
import numpy as np
from keras import ops

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
kernels = online.get_layer("h").kernel, target.get_layer("h").kernel
print("equal kernels after clone_model:", np.array_equal(*kernels))
#> equal kernels after clone_model: False
biases = online.get_layer("h").bias, target.get_layer("h").bias
print("equal biases after clone_model:", np.array_equal(*biases))
#> equal biases after clone_model: True
print("target bias:", ops.convert_to_numpy(biases[1]).tolist())  # Dense starts at 0
#> target bias: [0.0, 0.0, 0.0, 0.0]

target.set_weights(online.get_weights())  # now it starts equal
pairs = zip(online.get_weights(), target.get_weights())
print("equal after set_weights:", all(np.array_equal(a, b) for a, b in pairs))
#> equal after set_weights: True
