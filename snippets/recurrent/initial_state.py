import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
x = np.random.rand(2, 6, 4).astype("float32")
start, end = x[:, :3], x[:, 3:]

# Stateless: carry the state yourself with return_state and initial_state.
lstm = keras.layers.LSTM(5, return_state=True, name="lstm")
whole = ops.convert_to_numpy(lstm(x)[0])  # each call returns [output, h, c]
_, h, c = lstm(start)
second_half = ops.convert_to_numpy(lstm(end, initial_state=[h, c])[0])
print("6 steps equal 3 + 3 steps:", np.allclose(whole, second_half, atol=1e-6))
#> 6 steps equal 3 + 3 steps: True

# Stateful: initial_state replaces the stored state for this call.
stateful = keras.layers.LSTM(5, stateful=True, name="stateful")
first = ops.convert_to_numpy(stateful(start))
zeros = [np.zeros((2, 5), "float32")] * 2
again = ops.convert_to_numpy(stateful(start, initial_state=zeros))
print("zeros initial_state repeats the first call:", np.array_equal(first, again))
#> zeros initial_state repeats the first call: True
stored = ops.convert_to_numpy(stateful.states[0])
print("its final h is stored:", np.array_equal(stored, again))
#> its final h is stored: True
