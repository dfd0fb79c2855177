# TensorFlow only: tf.distribute is TensorFlow's own API.
import tempfile

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
tf.get_logger().setLevel("ERROR")  # a replica's error is also logged, at INFO
strategy = tf.distribute.MirroredStrategy(["/cpu:0"])
x, y = np.ones((8, 3)), np.ones((8, 2))
trained = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")])
trained.compile(keras.optimizers.Adam(), "mse")
trained.fit(x, y, verbose=0)
path = tempfile.mkdtemp() + "/compiled.keras"
trained.save(path)  # saved compiled

model = keras.models.load_model(path)  # outside the scope, compiled by loading
try:
    with strategy.scope():  # only fit in the scope, no compile there
        model.fit(x, y, verbose=0)
except AssertionError as e:
    print("fit in the scope:", type(e).__name__, "| message:", repr(str(e)))
    #> fit in the scope: AssertionError | message: ''

with strategy.scope():  # the fix: load in the scope, then fit there
    model = keras.models.load_model(path)
    model.fit(x, y, verbose=0)
steps = keras.ops.convert_to_numpy(model.optimizer.iterations)
print("loaded in the scope:", type(model.weights[0].value).__name__, "| steps:", steps)
#> loaded in the scope: MirroredVariable | steps: 2
