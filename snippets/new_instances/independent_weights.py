import keras
import numpy as np

keras.utils.set_random_seed(0)

a = keras.layers.Dense(4, name="a")
b = keras.layers.Dense(4, name="b")  # a second instance of the same class
print(a.built, len(a.weights))  # nothing to compare until the layer is built
#> False 0

a.build((None, 3))
b.build((None, 3))
print(a.kernel.shape, b.kernel.shape)
#> (3, 4) (3, 4)
print(a.kernel is b.kernel)
#> False
print(np.array_equal(a.kernel.numpy(), b.kernel.numpy()))
#> False
print(np.array_equal(a.bias.numpy(), b.bias.numpy()))
#> True
print(a.bias.numpy().tolist())
#> [0.0, 0.0, 0.0, 0.0]
