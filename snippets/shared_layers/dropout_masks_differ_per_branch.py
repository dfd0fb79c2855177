import keras
import numpy as np

keras.utils.set_random_seed(0)
encoder = keras.Sequential(  # one shared encoder, with a seeded Dropout
    [keras.Input((8,)), keras.layers.Dense(8), keras.layers.Dropout(0.5, seed=1)],
    name="encoder",
)
left_in, right_in = keras.Input((8,)), keras.Input((8,))
siamese = keras.Model([left_in, right_in], [encoder(left_in), encoder(right_in)])
x = np.ones((2, 8), "float32")  # the same input on both branches
state = encoder.layers[-1].seed_generator.state  # Dropout's one random state
before = keras.ops.convert_to_numpy(state).tolist()
left, right = map(keras.ops.convert_to_numpy, siamese([x, x], training=True))
after = keras.ops.convert_to_numpy(state).tolist()
print("seed state, before / after one training call:", before, "/", after)
#> seed state, before / after one training call: [1, 0] / [1, 2]
print("training, same output on both branches:", np.array_equal(left, right))
#> training, same output on both branches: False
print("same units dropped:", np.array_equal(left == 0, right == 0))
#> same units dropped: False
left, right = map(keras.ops.convert_to_numpy, siamese([x, x], training=False))
print("inference, same output on both branches:", np.array_equal(left, right))
#> inference, same output on both branches: True
