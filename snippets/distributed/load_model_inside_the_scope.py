# TensorFlow only: tf.distribute is TensorFlow's own API.
import tempfile

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
strategy = tf.distribute.MirroredStrategy(["/cpu:0"])  # one device is enough here
x, y = np.ones((8, 3)), np.ones((8, 2))
trained = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")])
trained.compile(keras.optimizers.Adam(), "mse")
trained.fit(x, y, verbose=0)
path = tempfile.mkdtemp() + "/trained.keras"
trained.save(path)


def kind(variable):  # what backs a Keras variable on TensorFlow
    return type(variable.value).__name__


with strategy.scope():  # load, clone or build inside the scope
    loaded = keras.models.load_model(path)
    cloned = keras.models.clone_model(trained)  # new variables, new values
cloned.set_weights(trained.get_weights())  # the trained values, into mirrored ones
print("built outside the scope:", kind(trained.weights[0]))
#> built outside the scope: ResourceVariable
print("load_model in the scope:", kind(loaded.weights[0]))
#> load_model in the scope: MirroredVariable
print("its optimizer's variables:", kind(loaded.optimizer.variables[-1]))
#> its optimizer's variables: MirroredVariable
print("clone_model in the scope:", kind(cloned.weights[0]))
#> clone_model in the scope: MirroredVariable
expected = trained.predict(x, verbose=0)
same = [np.allclose(m.predict(x, verbose=0), expected) for m in (loaded, cloned)]
print("loaded, cloned + set_weights: same predictions:", same)
#> loaded, cloned + set_weights: same predictions: [True, True]
loaded.fit(x, y, verbose=0)  # the loaded model trains on, under the strategy
steps = keras.ops.convert_to_numpy(loaded.optimizer.iterations)
print("optimizer steps, 1 saved + 1 new:", steps)
#> optimizer steps, 1 saved + 1 new: 2
