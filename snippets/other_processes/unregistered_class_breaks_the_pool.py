# A spawn worker imports the main file: PROGRAM is that file, run as `python main.py`.
import pathlib
import subprocess
import sys
import tempfile

PROGRAM = """
import pickle
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
import keras
import numpy as np

class Twice(keras.layers.Layer):  # a custom layer, not registered
    def call(self, x):
        return 2 * x
@keras.saving.register_keras_serializable()  # runs in the worker too
class Thrice(keras.layers.Layer):
    def call(self, x):
        return 3 * x
if __name__ == "__main__":
    x, data, spawn = keras.Input((4,)), np.ones((3, 4)), get_context("spawn")
    for model in (keras.Model(x, Twice()(x)), keras.Model(x, Thrice()(x))):
        name = type(model.layers[-1]).__name__
        with ProcessPoolExecutor(1, mp_context=spawn) as pool:
            try:
                there = pool.submit(model.predict, data, verbose=0).result()
                same = np.allclose(there, model.predict(data, verbose=0))
                print(f"{name}: same predictions in the worker: {same}")
            except BrokenProcessPool as error:
                print(f"{name}: BrokenProcessPool - {str(error).split(' while')[0]}")
        with ProcessPoolExecutor(1, mp_context=spawn) as pool:
            try:  # unpickle the model in a worker, where its error comes back
                pool.submit(pickle.loads, pickle.dumps(model)).result()
            except TypeError as error:
                cause = str(error).split("Exception encountered: ")[-1]
                print(f"{name}, the worker's error:", cause.split(". ")[0])
"""

main = pathlib.Path(tempfile.mkdtemp(), "main.py")
main.write_text(PROGRAM)
run = subprocess.run(
    [sys.executable, main], check=False, capture_output=True, text=True
)
for line in run.stdout.splitlines() or run.stderr.splitlines()[-1:]:
    print(line)
    #> Twice: BrokenProcessPool - A process in the process pool was terminated abruptly
    #> Twice, the worker's error: Could not locate class 'Twice'
    #> Thrice: same predictions in the worker: True
