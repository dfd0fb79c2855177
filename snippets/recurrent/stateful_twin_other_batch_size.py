import re
import textwrap

import keras
import numpy as np

keras.utils.set_random_seed(0)


def make(batch_size=None, stateful=False):  # same layers; batch size and state differ
    inputs = keras.Input((None, 2), batch_size=batch_size)
    lstm = keras.layers.LSTM(4, stateful=stateful, name="lstm")
    return keras.Sequential([inputs, lstm, keras.layers.Dense(1, name="out")])


seq = np.random.rand(1, 5, 2).astype("float32")  # one sequence, online
try:
    make(8, stateful=True).predict(seq, verbose=0)  # trained in batches of 8
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 58))
    #> error: ValueError - Exception encountered when calling LSTM.call(). [...]
    said = re.search(r"(If an RNN .*) (must .*state)\.", str(e))  # one sentence
    print(said[1])
    #> If an RNN is stateful, the batch size of the input sequences
    print(said[2])
    #> must be the same as the batch size of the initial state

train = make()  # batch training, stateless
train.compile(optimizer="adam", loss="mse")
train.fit(np.random.rand(16, 5, 2), np.random.rand(16, 1), batch_size=8, verbose=0)
online = make(1, stateful=True)  # the twin for inference: batch size 1, stateful
online.set_weights(train.get_weights())
online.get_layer("lstm").reset_state()
for t in range(5):  # one time step per call: the state carries the sequence
    last = online(seq[:, t : t + 1])
whole = train.predict(seq, verbose=0)
same = np.allclose(keras.ops.convert_to_numpy(last), whole, atol=1e-6)
print("step by step = whole sequence:", same)
#> step by step = whole sequence: True
