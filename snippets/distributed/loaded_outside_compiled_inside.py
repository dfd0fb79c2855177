# TensorFlow only: tf.distribute is TensorFlow's own API.
import contextlib
import tempfile

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
tf.get_logger().setLevel("ERROR")  # a replica's error is also logged, at INFO
strategy = tf.distribute.MirroredStrategy(["/cpu:0"])  # one device is enough here
x, y = np.ones((8, 3)), np.ones((8, 2))
path = tempfile.mkdtemp() + "/trained.keras"
keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")]).save(path)


def fit_error(fit_scope):  # load outside, compile inside, fit where asked
    model = keras.models.load_model(path)  # outside the scope: plain variables
    with strategy.scope():
        model.compile(keras.optimizers.Adam(), "mse")  # no error here
    try:
        with fit_scope:
            model.fit(x, y, verbose=0)
    except (RuntimeError, ValueError) as e:  # message starts "`colocate_vars_with`"
        return type(e).__name__ + " - " + str(e).split(" for <")[0].split(" created")[0]


print("fit outside:", fit_error(contextlib.nullcontext()))
#> fit outside: RuntimeError - Need to be inside "with strategy.scope()"
print("fit inside:", fit_error(strategy.scope()))
#> fit inside: ValueError - `colocate_vars_with` must only be passed a variable
model = keras.models.load_model(path)
print("the loaded kernel:", type(model.weights[0].value).__name__)
#> the loaded kernel: ResourceVariable
with strategy.scope():  # the fix: a copy made in the scope, with the values
    copy = keras.models.clone_model(model)
    copy.set_weights(model.get_weights())
    copy.compile(keras.optimizers.Adam(), "mse")
same = np.allclose(copy.predict(x, verbose=0), model.predict(x, verbose=0))
print("the copy, same predictions:", same)
#> the copy, same predictions: True
copy.fit(x, y, verbose=0)
steps = keras.ops.convert_to_numpy(copy.optimizer.iterations)
print("the copy:", type(copy.weights[0].value).__name__, "| trains, steps:", steps)
#> the copy: MirroredVariable | trains, steps: 1
