import copy
import pickle
import threading

import keras

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")


class Learner:  # your own object around the model, as in a scikit-learn style wrapper
    def __init__(self, model, with_lock):
        self.model = model
        self.lock = threading.RLock() if with_lock else None


restored = pickle.loads(pickle.dumps(Learner(model, with_lock=False)))
print("wrapper without a lock, unpickled model:", restored.model.name)
#> wrapper without a lock, unpickled model: net
try:
    pickle.dumps(Learner(model, with_lock=True))
except TypeError as error:  # Python's message starts "cannot pickle"
    print("wrapper with a lock:", type(error).__name__, "-", error)
    #> wrapper with a lock: TypeError - cannot pickle '_thread.RLock' object
try:
    copy.deepcopy(Learner(model, with_lock=True))
except TypeError as error:
    print("deepcopy of the wrapper with a lock:", error)
    #> deepcopy of the wrapper with a lock: cannot pickle '_thread.RLock' object
blob = pickle.dumps(model)  # pickle the model itself, rebuild the wrapper around it
print("the model alone, unpickled:", pickle.loads(blob).name)
#> the model alone, unpickled: net
