# Keras 2 code: runs under tf_keras (pip install tf-keras), not under Keras 3.
import numpy as np
import tf_keras as keras


def trained(units):  # a model whose legacy Adam has taken one step
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(units)])
    model.compile(optimizer=keras.optimizers.legacy.Adam(), loss="mse")
    model.train_on_batch(np.ones((1, 3)), np.ones((1, units)))
    return model


src, other = trained(8), trained(6)  # kernels (3, 8) and (3, 6)
try:
    other.optimizer.set_weights(src.optimizer.get_weights())
except ValueError as e:
    print("legacy Adam:", type(e).__name__, "-", e)
    """
    legacy Adam: ValueError - Optimizer weight shape (3, 6) not compatible with provided weight shape (3, 8).
    """
