import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(2, 3, 4).astype("float32")

a = keras.layers.LSTM(5, stateful=True, name="a")
b = keras.layers.LSTM(5, stateful=True, name="b")
a.build(x.shape)
b.build(x.shape)
b.set_weights(a.get_weights())  # equal weights, separate states
print(a.states[0] is b.states[0])
#> False

first = a(x)
second = a(x)  # a moves on; b has not run yet
print(np.array_equal(first, second))
#> False
print(np.array_equal(first, b(x)))  # b starts from zeros
#> True
print(np.array_equal(a.states[0].numpy(), second.numpy()))  # b's call left a alone
#> True

b.reset_state()  # resets b only
print(np.array_equal(a.states[0].numpy(), second.numpy()))
#> True
