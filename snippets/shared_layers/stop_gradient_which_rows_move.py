import keras
import numpy as np
from keras import ops

xa = np.array([[0], [1]] * 8, "int32")  # branch a looks up tokens 0 and 1
y = np.ones((16, 1), "float32")


def rows_moved(optimizer, regularizer=None, constraint=None, b_tokens=(2, 3)):
    keras.utils.set_random_seed(0)
    emb = keras.layers.Embedding(
        4, 2, embeddings_regularizer=regularizer, embeddings_constraint=constraint
    )
    a, b = (keras.Input((1,), dtype="int32", name=name) for name in "ab")
    merged = keras.layers.Concatenate()([emb(a), ops.stop_gradient(emb(b))])
    model = keras.Model([a, b], keras.layers.Dense(1)(keras.layers.Flatten()(merged)))
    before = ops.convert_to_numpy(emb.embeddings).copy()
    model.compile(optimizer=optimizer, loss="mse")
    xb = np.array([[token] for token in b_tokens] * 8, "int32")
    model.fit([xa, xb], y, epochs=2, verbose=0)
    after = ops.convert_to_numpy(emb.embeddings)
    return (~np.isclose(before, after).all(axis=1)).tolist()


opt, L2, UnitNorm = keras.optimizers, keras.regularizers.L2, keras.constraints.UnitNorm
runs = {  # stop_gradient on b every time; b looks up tokens 2 and 3 unless told
    "Adam": lambda: rows_moved(opt.Adam(0.1)),
    "SGD, momentum=0.9": lambda: rows_moved(opt.SGD(0.1, momentum=0.9)),
    "AdamW, default weight_decay": lambda: rows_moved(opt.AdamW(0.1)),
    "SGD, weight_decay=0.1": lambda: rows_moved(opt.SGD(0.1, weight_decay=0.1)),
    "SGD, L2 regularizer": lambda: rows_moved(opt.SGD(0.1), L2(0.1)),
    "SGD, UnitNorm constraint": lambda: rows_moved(opt.SGD(0.1), None, UnitNorm()),
    "SGD, b looks up 1 and 2": lambda: rows_moved(opt.SGD(0.1), b_tokens=(1, 2)),
}
for label, run in runs.items():
    print(f"{label} | rows 0-3 moved:", run())
    #> Adam | rows 0-3 moved: [True, True, False, False]
    #> SGD, momentum=0.9 | rows 0-3 moved: [True, True, False, False]
    #> AdamW, default weight_decay | rows 0-3 moved: [True, True, True, True]
    #> SGD, weight_decay=0.1 | rows 0-3 moved: [True, True, True, True]
    #> SGD, L2 regularizer | rows 0-3 moved: [True, True, True, True]
    #> SGD, UnitNorm constraint | rows 0-3 moved: [True, True, True, True]
    #> SGD, b looks up 1 and 2 | rows 0-3 moved: [True, True, False, False]
