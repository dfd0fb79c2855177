import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
twin = keras.Sequential(  # the stateful twin, batch size 1
    [
        keras.Input((None, 2), batch_size=1),
        keras.layers.LSTM(4, stateful=True, name="lstm"),
        keras.layers.Dense(1, name="out"),
    ]
)
seq = np.random.rand(1, 5, 2).astype("float32")
twin(seq)  # the twin's state is now the end of seq
path = os.path.join(tempfile.mkdtemp(), "twin.keras")
twin.save(path)
reloaded, clone = keras.models.load_model(path), keras.models.clone_model(twin)
for name, copy in (("reloaded", reloaded), ("clone", clone)):
    lstm = copy.get_layer("lstm")
    print(f"{name}: stateful {lstm.stateful}, input shape {copy.inputs[0].shape}")
    #> reloaded: stateful True, input shape (1, None, 2)
    #> clone: stateful True, input shape (1, None, 2)
numpy = keras.ops.convert_to_numpy
h = numpy(reloaded.get_layer("lstm").states[0])
print("reloaded state all zeros:", not h.any())
#> reloaded state all zeros: True
for s, r in zip(twin.get_layer("lstm").states, reloaded.get_layer("lstm").states):
    r.assign(numpy(s))  # carry the state over by hand
clone.set_weights(twin.get_weights())  # clone_model makes new weights
clone.get_layer("lstm").reset_state()
same = np.allclose(numpy(twin(seq)), numpy(reloaded(seq)))
print("reloaded, state copied, continues like the twin:", same)
#> reloaded, state copied, continues like the twin: True
twin.get_layer("lstm").reset_state()
same = np.allclose(numpy(clone(seq)), numpy(twin(seq)))
print("clone, set_weights, from zeros like the twin:", same)
#> clone, set_weights, from zeros like the twin: True
