import os
import tempfile
from pathlib import Path

import keras
import numpy as np
from joblib import Parallel, delayed


def from_config_and_weights(config, weights, data):  # runs in a worker process
    model = keras.Model.from_config(config)
    model.set_weights(weights)
    return os.getpid(), model.predict(data, verbose=0)


def from_keras_bytes(blob, data):  # runs in a worker process
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "model.keras")
        path.write_bytes(blob)
        return os.getpid(), keras.saving.load_model(path).predict(data, verbose=0)


if __name__ == "__main__":
    keras.utils.set_random_seed(0)
    x = keras.Input((4,), name="x")
    model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
    data = np.ones((3, 4), "float32")
    with tempfile.TemporaryDirectory() as folder:
        model.save(Path(folder, "model.keras"))
        blob = Path(folder, "model.keras").read_bytes()  # the .keras file's bytes
    tasks = [
        delayed(from_config_and_weights)(model.get_config(), model.get_weights(), data),
        delayed(from_keras_bytes)(blob, data),
    ]
    # joblib's loky workers: fresh Python processes, stopped 1 s after the work.
    results = Parallel(n_jobs=2, idle_worker_timeout=1)(tasks)
    for route, (pid, there) in zip(["config and weights", ".keras bytes"], results):
        same = np.allclose(there, model.predict(data, verbose=0))
        print(route, "- other process:", pid != os.getpid(), "same predictions:", same)
        #> config and weights - other process: True same predictions: True
        #> .keras bytes - other process: True same predictions: True
