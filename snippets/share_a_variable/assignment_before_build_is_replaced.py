import keras
import numpy as np

keras.utils.set_random_seed(0)
source = keras.layers.Dense(2, name="source")
source.build((None, 3))
x = np.ones((1, 3), "float32")

target = keras.layers.Dense(2, name="target")
target.bias = source.bias  # accepted: the layer is not built yet
target(x)  # the first call runs build(), which creates a new bias
print("bias shared after build:", target.bias is source.bias)
#> bias shared after build: False
print("target weights:", [w.path for w in target.weights])
#> target weights: ['source/bias', 'target/kernel', 'target/bias']
