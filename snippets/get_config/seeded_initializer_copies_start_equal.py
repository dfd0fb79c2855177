import keras
import numpy as np

keras.utils.set_random_seed(0)

init = keras.initializers.GlorotUniform(seed=7)  # an integer seed is in the config
src = keras.layers.Dense(3, kernel_initializer=init, name="src")
dup = keras.layers.Dense.from_config({**src.get_config(), "name": "dup"})
src.build((None, 2))
dup.build((None, 2))

seed = dup.get_config()["kernel_initializer"]["config"]["seed"]
print("seed in the copied config:", seed)
#> seed in the copied config: 7
kernels = [keras.ops.convert_to_numpy(layer.kernel) for layer in (src, dup)]
print("equal kernels:", np.array_equal(*kernels))  # an equal start
#> equal kernels: True
print("same kernel variable:", src.kernel is dup.kernel)  # still two variables
#> same kernel variable: False
