import keras
import numpy as np

keras.utils.set_random_seed(0)

init = keras.initializers.GlorotUniform(seed=7)  # an integer seed is in the config
src = keras.layers.Dense(3, kernel_initializer=init)
dup = keras.layers.Dense.from_config(src.get_config())
src.build((None, 2))
dup.build((None, 2))

print(dup.get_config()["kernel_initializer"]["config"]["seed"])
#> 7
print(np.array_equal(src.kernel.numpy(), dup.kernel.numpy()))  # equal start
#> True
print(src.kernel is dup.kernel)  # still two variables
#> False
