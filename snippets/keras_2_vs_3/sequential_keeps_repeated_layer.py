import keras
import numpy as np

twice = keras.layers.Dense(3, name="twice")
model = keras.Sequential([keras.Input((3,)), twice, twice])
print("layers in the model:", len(model.layers))
#> layers in the model: 2

x = np.ones((1, 3), "float32")
out = keras.ops.convert_to_numpy(model(x))
applied_twice = keras.ops.convert_to_numpy(twice(twice(x)))
print("model applies it twice:", np.allclose(out, applied_twice))
#> model applies it twice: True
applied_once = keras.ops.convert_to_numpy(twice(x))
print("model applies it once:", np.allclose(out, applied_once))
#> model applies it once: False
