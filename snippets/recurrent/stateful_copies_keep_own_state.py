import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(2, 3, 4).astype("float32")
as_numpy = keras.ops.convert_to_numpy

a = keras.layers.LSTM(5, stateful=True, name="a")
b = keras.layers.LSTM(5, stateful=True, name="b")
a.build(x.shape)
b.build(x.shape)
b.set_weights(a.get_weights())  # equal weights, separate states
print("same state variable:", a.states[0] is b.states[0])
#> same state variable: False

first = as_numpy(a(x))
second = as_numpy(a(x))  # a moves on; b has not run yet
print("a's second call equals its first:", np.array_equal(first, second))
#> a's second call equals its first: False
print("b's first call equals a's first:", np.array_equal(first, as_numpy(b(x))))
#> b's first call equals a's first: True
print("a's state kept after b ran:", np.array_equal(as_numpy(a.states[0]), second))
#> a's state kept after b ran: True

b.reset_state()  # resets b only
print("a's state kept after b reset:", np.array_equal(as_numpy(a.states[0]), second))
#> a's state kept after b reset: True
