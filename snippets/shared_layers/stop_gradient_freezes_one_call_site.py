import keras
import numpy as np
from keras import ops

xa = np.array([[0], [1]] * 8, "int32")  # branch a looks up tokens 0 and 1 only
xb = np.array([[2], [3]] * 8, "int32")  # branch b looks up tokens 2 and 3 only
y = np.ones((16, 1), "float32")


def rows_moved_by_fit(freeze):
    keras.utils.set_random_seed(0)
    emb = keras.layers.Embedding(4, 2, name="shared_emb")  # one instance, two calls
    a = keras.Input((1,), dtype="int32", name="a")
    b = keras.Input((1,), dtype="int32", name="b")
    za, zb = emb(a), emb(b)
    if freeze == "stop_gradient on b":
        zb = ops.stop_gradient(zb)  # b reads the table; no gradient flows back
    if freeze == "trainable=False":
        emb.trainable = False
    merged = keras.layers.Concatenate()([za, zb])
    out = keras.layers.Dense(1, name="head")(keras.layers.Flatten()(merged))
    model = keras.Model([a, b], out)
    before = ops.convert_to_numpy(emb.embeddings).copy()
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
    model.fit([xa, xb], y, epochs=2, verbose=0)
    after = ops.convert_to_numpy(emb.embeddings)
    return (~np.isclose(before, after).all(axis=1)).tolist()


for freeze in ("nothing", "trainable=False", "stop_gradient on b"):
    print(f"{freeze} | rows 0-3 moved:", rows_moved_by_fit(freeze))
    #> nothing | rows 0-3 moved: [True, True, True, True]
    #> trainable=False | rows 0-3 moved: [False, False, False, False]
    #> stop_gradient on b | rows 0-3 moved: [True, True, False, False]
