# Keras 2 code: runs under tf_keras (pip install tf-keras), not under Keras 3.
import tf_keras as keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1, name="d")])
model.compile(optimizer="adam", loss="mse")
clone = keras.models.clone_model(model)
print("clone is compiled:", clone.optimizer is not None)
#> clone is compiled: False
