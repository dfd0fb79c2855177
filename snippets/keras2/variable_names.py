# Keras 2 code: runs under tf_keras (pip install tf-keras), not under Keras 3.
import tf_keras as keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")])
print("variable names:", [v.name for v in model.weights])
#> variable names: ['d/kernel:0', 'd/bias:0']
