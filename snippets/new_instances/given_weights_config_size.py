import os
import tempfile
import zipfile

import keras
import numpy as np

matrix = np.random.default_rng(0).random((5000, 50), dtype="float32")  # 1 MB
Embedding, Constant = keras.layers.Embedding, keras.initializers.Constant
weights_mb = []  # the size of model.weights.h5 in each .keras file


def keeps(m):  # the model's embedding matrix holds the given values
    return np.array_equal(keras.ops.convert_to_numpy(m.layers[0].embeddings), matrix)


def report(layer):  # save the model to .keras; clone it and load it back
    model = keras.Sequential([keras.Input((2,), dtype="int32"), layer])
    path = os.path.join(tempfile.mkdtemp(), "model.keras")
    model.save(path)
    mb = {f.filename: f.file_size / 1e6 for f in zipfile.ZipFile(path).filelist}
    weights_mb.append(round(mb["model.weights.h5"], 1))
    clone, loaded = keras.models.clone_model(model), keras.models.load_model(path)
    kept = f"clone_model keeps {keeps(clone)} | load_model keeps {keeps(loaded)}"
    return f"config.json MB {mb['config.json']:.1f} | {kept}"


built = Embedding(5000, 50)
built.build((None, 2))
built.set_weights([matrix])
print("set_weights:", report(built))
#> set_weights: config.json MB 0.0 | clone_model keeps False | load_model keeps True
print("weights=:", report(Embedding(5000, 50, weights=matrix)))
#> weights=: config.json MB 0.0 | clone_model keeps False | load_model keeps True
print("Constant:", report(Embedding(5000, 50, embeddings_initializer=Constant(matrix))))
#> Constant: config.json MB 5.1 | clone_model keeps True | load_model keeps True
print("model.weights.h5 MB:", weights_mb)
#> model.weights.h5 MB: [1.0, 1.0, 1.0]
