# Keras 2 code: needs tf_keras (pip install tf-keras) next to TensorFlow.
import os
import subprocess
import sys

import tf_keras

print("tf_keras major version:", tf_keras.__version__.split(".")[0])
#> tf_keras major version: 2


def run(program, setting):  # a fresh Python: this one may have imported TensorFlow
    env = {**os.environ, "TF_USE_LEGACY_KERAS": setting}
    done = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True)
    return done.stdout.decode().strip()


CHECK = "import tensorflow as tf, tf_keras; print(tf.keras.Model is tf_keras.Model)"
for setting in ["1", "0"]:
    label = f"TF_USE_LEGACY_KERAS={setting}: tf.keras.Model is tf_keras.Model:"
    print(label, run(CHECK, setting))
    #> TF_USE_LEGACY_KERAS=1: tf.keras.Model is tf_keras.Model: True
    #> TF_USE_LEGACY_KERAS=0: tf.keras.Model is tf_keras.Model: False

# Set to 1 only after `import tensorflow`, before anything uses tf.keras; each
# program prints the package its Model comes from.
LATE = "import os, tensorflow as tf; os.environ['TF_USE_LEGACY_KERAS'] = '1'; "
PACKAGE = "print(Model.__module__.split('.')[0])"
ATTRIBUTE = LATE + "Model = tf.keras.Model; " + PACKAGE
FROM_IMPORT = LATE + "from tensorflow.keras import Model; " + PACKAGE
print("set after import, tf.keras.Model:", run(ATTRIBUTE, "0"))
#> set after import, tf.keras.Model: tf_keras
print("set after import, from tensorflow.keras import Model:", run(FROM_IMPORT, "0"))
#> set after import, from tensorflow.keras import Model: keras
