import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(2, 3, 4).astype("float32")
lstm = keras.layers.LSTM(5, stateful=True, name="lstm")

# One instance used in two places of a model: one state, both calls advance it.
left = keras.Input(batch_shape=(2, 3, 4), name="left")
right = keras.Input(batch_shape=(2, 3, 4), name="right")
model = keras.Model([left, right], [lstm(left), lstm(right)])
print("state variables:", len(lstm.states))  # one h and one c for both call sites
#> state variables: 2

lstm.reset_state()
out_left, out_right = model.predict([x, x], verbose=0)
print("same input, same output:", np.array_equal(out_left, out_right))
#> same input, same output: False

lstm.reset_state()
first = keras.ops.convert_to_numpy(lstm(x))  # two calls in a row, from zeros
second = keras.ops.convert_to_numpy(lstm(x))
# The model ran the right branch first: the order is Keras's, not yours.
print("right = first call:", np.allclose(out_right, first, atol=1e-6))
#> right = first call: True
print("left = second call:", np.allclose(out_left, second, atol=1e-6))
#> left = second call: True
