import os
import tempfile

import keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")])
folder = tempfile.mkdtemp()

attempts = [(model.save, "saved_model_dir"), (model.save_weights, "w.h5")]
attempts.append((model.save_weights, "ckpt"))  # a TF checkpoint prefix in Keras 2
for call, name in attempts:
    try:
        call(os.path.join(folder, name))
    except ValueError as e:
        message = str(e).split(". ")[0]
        print(f"{call.__name__}({name!r}):", type(e).__name__, "-", message)
        #> save('saved_model_dir'): ValueError - Invalid filepath extension for saving
        #> save_weights('w.h5'): ValueError - The filename must end in `.weights.h5`
        #> save_weights('ckpt'): ValueError - The filename must end in `.weights.h5`
model.save(os.path.join(folder, "model.keras"))
print("save to model.keras:", "ok")
#> save to model.keras: ok
model.save_weights(os.path.join(folder, "w.weights.h5"))
print("save_weights to w.weights.h5:", "ok")
#> save_weights to w.weights.h5: ok
