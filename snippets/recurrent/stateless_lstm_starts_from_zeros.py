import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(2, 3, 4).astype("float32")  # (batch, time, features)
other = np.random.rand(2, 3, 4).astype("float32")
as_numpy = keras.ops.convert_to_numpy

lstm = keras.layers.LSTM(5, name="lstm")  # stateful=False, the default
first = as_numpy(lstm(x))
lstm(other)  # whatever ran in between leaves nothing behind
print("same output after another batch:", np.array_equal(first, as_numpy(lstm(x))))
#> same output after another batch: True
print("stored state:", lstm.states)  # no state is stored on the layer
#> stored state: None

zeros = [np.zeros((2, 5), "float32"), np.zeros((2, 5), "float32")]  # h and c
from_zeros = as_numpy(lstm(x, initial_state=zeros))
print("same as initial_state zeros:", np.array_equal(first, from_zeros))
#> same as initial_state zeros: True

# A copy with the same weights gives the same outputs: no state to carry over.
copy = keras.layers.LSTM.from_config(lstm.get_config())
copy.build(x.shape)
copy.set_weights(lstm.get_weights())
print("copy gives the same output:", np.array_equal(first, as_numpy(copy(x))))
#> copy gives the same output: True
