import json

import keras
import numpy as np

keras.utils.set_random_seed(0)

layer = keras.layers.Dense(3, activation="relu", name="hidden")
layer.build((None, 2))

config = keras.saving.serialize_keras_object(layer)  # a plain, JSON-ready dict
print(sorted(config))
#> ['build_config', 'class_name', 'config', 'module', 'registered_name']
print(config["class_name"], config["config"]["units"], config["build_config"])
#> Dense 3 {'input_shape': (None, 2)}
text = json.dumps(config)  # can go to a file or over the wire

dup = keras.saving.deserialize_keras_object(json.loads(text))
print(type(dup).__name__, dup.name, dup.built)  # rebuilt from build_config
#> Dense hidden True
print(dup.kernel is layer.kernel)
#> False
print(np.array_equal(dup.kernel.numpy(), layer.kernel.numpy()))  # fresh weights
#> False
