import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")])
x, y = np.ones((8, 3)), np.ones((8, 2))


def fit_moves_kernel():
    before = keras.ops.convert_to_numpy(model.get_layer("d").kernel)
    model.fit(x, y, verbose=0)
    after = keras.ops.convert_to_numpy(model.get_layer("d").kernel)
    return not np.allclose(before, after)


model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.trainable = False  # after compile, before the first fit: no compile needed
print("frozen after compile, first fit moves:", fit_moves_kernel())
#> frozen after compile, first fit moves: False

model.trainable = True  # after a fit: compile again, with a new optimizer
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
print("unfrozen, compiled with a new optimizer, fit moves:", fit_moves_kernel())
#> unfrozen, compiled with a new optimizer, fit moves: True
print("trainable weights:", len(model.trainable_weights))
#> trainable weights: 2
