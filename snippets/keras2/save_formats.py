# Keras 2 code: runs under tf_keras (pip install tf-keras), not under Keras 3.
import os
import tempfile

import tf_keras as keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")])
folder = tempfile.mkdtemp()

model.save(os.path.join(folder, "saved_model_dir"))  # no extension: a SavedModel folder
print("save to a folder:", "ok")
#> save to a folder: ok
model.save_weights(os.path.join(folder, "w.h5"))  # any .h5 name
print("save_weights to w.h5:", "ok")
#> save_weights to w.h5: ok
model.save_weights(os.path.join(folder, "ckpt"))  # no extension: a TF checkpoint
print("save_weights to a checkpoint:", "ok")
#> save_weights to a checkpoint: ok
