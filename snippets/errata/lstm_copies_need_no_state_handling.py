import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(2, 3, 4).astype("float32")  # (batch, time, features)
other = np.random.rand(2, 3, 4).astype("float32")

lstm = keras.layers.LSTM(5, name="lstm")  # stateless, the default
first = keras.ops.convert_to_numpy(lstm(x))
dup = keras.layers.LSTM(5, name="dup")  # a duplicate with the same weights
dup.build(x.shape)
dup.set_weights(lstm.get_weights())

lstm(other)  # another batch through the source in between
print("state stored on the layer:", lstm.states)
#> state stored on the layer: None
again = keras.ops.convert_to_numpy(lstm(x))
print("source: same output again:", np.allclose(first, again))
#> source: same output again: True
from_dup = keras.ops.convert_to_numpy(dup(x))
print("duplicate: same output as the source:", np.allclose(first, from_dup))
#> duplicate: same output as the source: True
zeros = [np.zeros((2, 5), "float32")] * 2  # h and c
from_zeros = keras.ops.convert_to_numpy(lstm(x, initial_state=zeros))
print("zeros as initial_state change nothing:", np.allclose(first, from_zeros))
#> zeros as initial_state change nothing: True

# stateful=True: each instance creates its own state variables.
a = keras.layers.LSTM(5, stateful=True, name="a")
b = keras.layers.LSTM(5, stateful=True, name="b")
a.build(x.shape)
b.build(x.shape)
print("stateful duplicates share a state variable:", a.states[0] is b.states[0])
#> stateful duplicates share a state variable: False
