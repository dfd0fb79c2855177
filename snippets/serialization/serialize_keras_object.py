import json

import keras
import numpy as np

keras.utils.set_random_seed(0)

layer = keras.layers.Dense(3, activation="relu", name="hidden")
layer.build((None, 2))

config = keras.saving.serialize_keras_object(layer)  # a plain, JSON-ready dict
print("keys:", sorted(config))
#> keys: ['build_config', 'class_name', 'config', 'module', 'registered_name']
print("class:", config["class_name"], "units:", config["config"]["units"])
#> class: Dense units: 3
print("build_config:", config["build_config"])
#> build_config: {'input_shape': (None, 2)}
text = json.dumps(config)  # can go to a file or over the wire

dup = keras.saving.deserialize_keras_object(json.loads(text))
print("copy:", type(dup).__name__, dup.name, "built:", dup.built)
#> copy: Dense hidden built: True
print("same kernel variable:", dup.kernel is layer.kernel)
#> same kernel variable: False
kernels = [keras.ops.convert_to_numpy(lay.kernel) for lay in (layer, dup)]
print("equal kernels:", np.array_equal(*kernels))  # fresh weights
#> equal kernels: False
