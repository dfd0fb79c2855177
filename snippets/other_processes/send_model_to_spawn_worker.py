import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import keras
import numpy as np


class Learner:  # your object: a model and a lock
    def __init__(self, model):
        self.model = model
        self.lock = threading.RLock()

    def predict(self, x):
        with self.lock:
            return self.model.predict(x, verbose=0)


if __name__ == "__main__":  # a spawn worker imports this file: guard the main code
    keras.utils.set_random_seed(0)
    x = keras.Input((4,), name="x")
    model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
    data = np.ones((3, 4), "float32")
    here = model.predict(data, verbose=0)
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        # The bound method pickles the model with it: a .keras archive in memory.
        there = pool.submit(model.predict, data, verbose=0).result()
        print("the model itself, same predictions:", np.allclose(there, here))
        #> the model itself, same predictions: True
        try:
            pool.submit(Learner(model).predict, data).result()
        except TypeError as error:  # Python's message starts "cannot pickle"
            print("a model and a lock:", type(error).__name__, "-", error)
            #> a model and a lock: TypeError - cannot pickle '_thread.RLock' object
        there = pool.submit(Learner(model).model.predict, data, verbose=0).result()
        print("its model alone, same predictions:", np.allclose(there, here))
        #> its model alone, same predictions: True
