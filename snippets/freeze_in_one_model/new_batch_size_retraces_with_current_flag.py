# What this prints is the TensorFlow backend's: tf.function traces the train step
# again for a new input shape, and each trace reads `trainable` when it is made.
import keras
import numpy as np


def step_moves(model, x, y):
    before = [keras.ops.convert_to_numpy(w).copy() for w in model.weights]
    model.train_on_batch(x, y)
    after = [keras.ops.convert_to_numpy(w) for w in model.weights]
    return any(not np.array_equal(b, a) for b, a in zip(before, after))


keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input((2,)), keras.layers.Dense(1, activation="sigmoid", name="d")]
)
model.compile(optimizer=keras.optimizers.SGD(0.5), loss="binary_crossentropy")
x, y = np.random.RandomState(0).normal(size=(8, 2)), np.ones((8, 1))

print("batch of 8, trainable:", step_moves(model, x, y))
#> batch of 8, trainable: True
model.trainable = False  # no recompile
print("batch of 8, frozen flag:", step_moves(model, x, y))
#> batch of 8, frozen flag: True
print("batch of 5, frozen flag:", step_moves(model, x[:5], y[:5]))
#> batch of 5, frozen flag: False
model.trainable = True
print("batch of 8, flag back on:", step_moves(model, x, y))
#> batch of 8, flag back on: True
print("batch of 3, flag back on:", step_moves(model, x[:3], y[:3]))
#> batch of 3, flag back on: False
