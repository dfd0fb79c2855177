# Keras 2 code: runs under tf_keras (pip install tf-keras), not under Keras 3.
import warnings

import numpy as np
import tf_keras as keras

keras.utils.set_random_seed(0)
init = keras.initializers.GlorotUniform()  # no seed
a = keras.layers.Dense(2, kernel_initializer=init)
b = keras.layers.Dense(2, kernel_initializer=init)
a.build((None, 3))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    b.build((None, 3))
print("equal kernels:", np.array_equal(a.kernel.numpy(), b.kernel.numpy()))
#> equal kernels: True
print("warning:", str(caught[0].message).split(",")[0])
#> warning: The initializer GlorotUniform is unseeded and being called multiple times
seeded = keras.initializers.GlorotUniform(seed=1)  # a seed does not help
e = keras.layers.Dense(2, kernel_initializer=seeded)
f = keras.layers.Dense(2, kernel_initializer=seeded)
e.build((None, 3))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    f.build((None, 3))
same = np.array_equal(e.kernel.numpy(), f.kernel.numpy())
print("one seeded object, equal kernels:", same, "| warnings:", len(caught))
#> one seeded object, equal kernels: True | warnings: 0

# By name: each layer makes an initializer of its own.
c = keras.layers.Dense(2, kernel_initializer="glorot_uniform")
d = keras.layers.Dense(2, kernel_initializer="glorot_uniform")
c.build((None, 3))
d.build((None, 3))
print("by name, equal kernels:", np.array_equal(c.kernel.numpy(), d.kernel.numpy()))
#> by name, equal kernels: False
