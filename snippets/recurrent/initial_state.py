import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(2, 6, 4).astype("float32")
start, end = x[:, :3], x[:, 3:]

# Stateless: carry the state yourself with return_state and initial_state.
lstm = keras.layers.LSTM(5, return_state=True, name="lstm")
whole, _, _ = lstm(x)
_, h, c = lstm(start)
second_half, _, _ = lstm(end, initial_state=[h, c])
print(np.allclose(whole, second_half, atol=1e-6))  # one pass or two: the same
#> True

# Stateful: initial_state replaces the stored state for this call.
stateful = keras.layers.LSTM(5, stateful=True, name="stateful")
first = stateful(start)
zeros = [np.zeros((2, 5), "float32")] * 2
print(np.array_equal(first, stateful(start, initial_state=zeros)))
#> True
print(np.array_equal(stateful.states[0].numpy(), first.numpy()))  # stored again
#> True
