import tempfile

import keras
import numpy as np

a, b = keras.layers.Dense(4, name="a"), keras.layers.Dense(2, name="b")
base = keras.Sequential([keras.Input((3,)), a, b], name="base")
x = keras.Input((3,))
outer = keras.Model(x, keras.layers.Dense(1, name="top")(base(x)))


def counts():  # trainable weights of base, of outer
    return len(base.trainable_weights), len(outer.trainable_weights)


def fit_moves_a_b(model, y):
    kernels = [keras.ops.convert_to_numpy(layer.kernel) for layer in (a, b)]
    model.compile(optimizer="sgd", loss="mse")
    model.fit(np.ones((8, 3)), y, verbose=0)
    after = [keras.ops.convert_to_numpy(layer.kernel) for layer in (a, b)]
    return [not np.allclose(k0, k1) for k0, k1 in zip(kernels, after)]


base.trainable = False
print("outer.trainable:", outer.trainable, "| trainable weights:", counts())
#> outer.trainable: True | trainable weights: (0, 2)
outer.trainable = False
outer.trainable = True
print("outer False then True, base.trainable:", base.trainable)
#> outer False then True, base.trainable: True

base.trainable = False
b.trainable = True  # unfreeze b inside a frozen base
print("b unfrozen in a frozen base, trainable weights:", counts())
#> b unfrozen in a frozen base, trainable weights: (0, 4)
print("outer.fit moves a, b:", fit_moves_a_b(outer, np.ones((8, 1))))
#> outer.fit moves a, b: [False, True]
path = tempfile.mkdtemp() + "/outer.h5"
outer.save(path)  # saves without complaint; loading it back fails
try:
    keras.models.load_model(path)
except ValueError as e:
    print("this order from .h5:", type(e).__name__, "-", str(e).split(" in layer")[0])
    #> this order from .h5: ValueError - Shape mismatch

base.trainable = True  # the consistent way: unfreeze the base, then freeze layers
a.trainable = False
print("base.fit moves a, b:", fit_moves_a_b(base, np.ones((8, 2))))
#> base.fit moves a, b: [False, True]
