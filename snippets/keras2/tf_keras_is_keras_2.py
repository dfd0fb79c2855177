# Keras 2 code: needs tf_keras (pip install tf-keras) next to TensorFlow.
import os
import subprocess
import sys

import tf_keras

print("tf_keras major version:", tf_keras.__version__.split(".")[0])
#> tf_keras major version: 2

# TensorFlow reads TF_USE_LEGACY_KERAS when it is first imported, so each setting is
# tried in a fresh Python (in this one TensorFlow may already be imported).
CHECK = "import tensorflow as tf, tf_keras; print(tf.keras.Model is tf_keras.Model)"
for setting in ["1", "0"]:
    env = {**os.environ, "TF_USE_LEGACY_KERAS": setting}
    run = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True)
    label = f"TF_USE_LEGACY_KERAS={setting}: tf.keras.Model is tf_keras.Model:"
    print(label, run.stdout.decode().strip())
    #> TF_USE_LEGACY_KERAS=1: tf.keras.Model is tf_keras.Model: True
    #> TF_USE_LEGACY_KERAS=0: tf.keras.Model is tf_keras.Model: False
