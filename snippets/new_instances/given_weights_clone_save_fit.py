import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
matrix = np.arange(12, dtype="float32").reshape(4, 3) / 10
kernel = np.full((6, 1), 0.5, "float32")
emb = keras.layers.Embedding(4, 3, weights=matrix)
dense = keras.layers.Dense(1, kernel_initializer=keras.initializers.Constant(kernel))
layers = [keras.Input((2,), dtype="int32"), emb, keras.layers.Flatten(), dense]
model = keras.Sequential(layers)


def starts(m):  # the embedding matrix and the kernel hold the given values
    e, k = m.layers[0].embeddings, m.layers[2].kernel
    given_e = np.array_equal(keras.ops.convert_to_numpy(e), matrix)
    given_k = np.array_equal(keras.ops.convert_to_numpy(k), kernel)
    return f"weights= {given_e} | Constant {given_k}"


print("model starts with:", starts(model))
#> model starts with: weights= True | Constant True
in_config = "weights" in emb.get_config()
print("weights= in Embedding's config:", in_config)
#> weights= in Embedding's config: False
print("clone_model keeps:", starts(keras.models.clone_model(model)))
#> clone_model keeps: weights= False | Constant True
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)
print("save + load_model keeps:", starts(keras.models.load_model(path)))
#> save + load_model keeps: weights= True | Constant True
model.compile(optimizer="sgd", loss="mse")
model.fit(np.array([[0, 1], [2, 3]]), np.ones((2, 1)), verbose=0)
print("after fit, still the given values:", starts(model))
#> after fit, still the given values: weights= False | Constant False
print("clone of the trained model:", starts(keras.models.clone_model(model)))
#> clone of the trained model: weights= False | Constant True
