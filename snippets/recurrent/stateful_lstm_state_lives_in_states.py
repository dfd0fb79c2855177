import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(2, 3, 4).astype("float32")  # the batch size is fixed: 2
as_numpy = keras.ops.convert_to_numpy

lstm = keras.layers.LSTM(5, stateful=True, name="lstm")
first = as_numpy(lstm(x))
print("state shapes:", [tuple(v.shape) for v in lstm.states])  # h and c
#> state shapes: [(2, 5), (2, 5)]
print("keras.Variables:", all(isinstance(v, keras.Variable) for v in lstm.states))
#> keras.Variables: True
print("h is the last output:", np.array_equal(as_numpy(lstm.states[0]), first))
#> h is the last output: True
print("get_weights() entries:", len(lstm.get_weights()))  # kernels and bias
#> get_weights() entries: 3
print("h among weights:", any(v is lstm.states[0] for v in lstm.weights))
#> h among weights: False

second = as_numpy(lstm(x))  # starts where the first call ended
print("second call equals first:", np.array_equal(first, second))
#> second call equals first: False

lstm.reset_state()  # zeros again
print("sum |h| after reset_state():", float(np.abs(as_numpy(lstm.states[0])).sum()))
#> sum |h| after reset_state(): 0.0
print("next call equals first:", np.array_equal(first, as_numpy(lstm(x))))
#> next call equals first: True
