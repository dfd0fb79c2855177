import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(2, 3, 4).astype("float32")  # the batch size is fixed: 2

lstm = keras.layers.LSTM(5, stateful=True, name="lstm")
first = lstm(x)
print(len(lstm.states), [tuple(v.shape) for v in lstm.states])  # h and c
#> 2 [(2, 5), (2, 5)]
print(all(isinstance(v, keras.Variable) for v in lstm.states))
#> True
print(np.array_equal(lstm.states[0].numpy(), first.numpy()))  # h: the last output
#> True
print(len(lstm.get_weights()), any(v is lstm.states[0] for v in lstm.weights))
#> 3 False

second = lstm(x)  # starts where the first call ended
print(np.array_equal(first, second))
#> False

lstm.reset_state()  # zeros again (reset_states() is an alias)
print(float(np.abs(lstm.states[0].numpy()).sum()))
#> 0.0
print(np.array_equal(first, lstm(x)))
#> True
