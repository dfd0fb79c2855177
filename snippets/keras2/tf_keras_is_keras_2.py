# Keras 2 code: needs tf_keras (pip install tf-keras) next to TensorFlow.
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # before TensorFlow is imported

import tensorflow as tf
import tf_keras

print("tf_keras major version:", tf_keras.__version__.split(".")[0])
#> tf_keras major version: 2
print("tf.keras.Model is tf_keras.Model:", tf.keras.Model is tf_keras.Model)
#> tf.keras.Model is tf_keras.Model: True
