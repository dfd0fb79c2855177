# Keras 2 code: runs under tf_keras (pip install tf-keras), not under Keras 3.
import numpy as np
import tf_keras as keras

twice = keras.layers.Dense(3, name="twice")
model = keras.Sequential([keras.Input((3,)), twice, twice])
print("layers in the model:", len(model.layers))
#> layers in the model: 1

x = np.ones((1, 3), "float32")
out = model(x).numpy()
print("model applies it twice:", np.allclose(out, twice(twice(x)).numpy()))
#> model applies it twice: True
print("model applies it once:", np.allclose(out, twice(x).numpy()))
#> model applies it once: False
