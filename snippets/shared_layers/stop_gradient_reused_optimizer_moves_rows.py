import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
xa, xb = np.array([[0], [1]] * 8, "int32"), np.array([[2], [3]] * 8, "int32")
y = np.ones((16, 1), "float32")
emb, head = keras.layers.Embedding(4, 2), keras.layers.Dense(1)
a = keras.Input((1,), dtype="int32", name="a")
b = keras.Input((1,), dtype="int32", name="b")
flat = keras.layers.Flatten()
both = keras.Model([a, b], head(flat(keras.layers.Concatenate()([emb(a), emb(b)]))))
merged = keras.layers.Concatenate()([emb(a), ops.stop_gradient(emb(b))])
frozen_b = keras.Model([a, b], head(flat(merged)))

momentum = keras.optimizers.SGD(0.1, momentum=0.9)
both.compile(optimizer=momentum, loss="mse")
both.fit([xa, xb], y, epochs=2, verbose=0)  # both branches train first
for label, optimizer in [
    ("same optimizer as the joint fit", momentum),
    ("new optimizer", keras.optimizers.SGD(0.1, momentum=0.9)),
]:
    before = ops.convert_to_numpy(emb.embeddings).copy()
    frozen_b.compile(optimizer=optimizer, loss="mse")
    frozen_b.fit([xa, xb], y, epochs=2, verbose=0)
    moved = ~np.isclose(before, ops.convert_to_numpy(emb.embeddings)).all(axis=1)
    print(f"{label} | rows 0-3 moved:", moved.tolist())
    #> same optimizer as the joint fit | rows 0-3 moved: [True, True, True, True]
    #> new optimizer | rows 0-3 moved: [True, True, False, False]
