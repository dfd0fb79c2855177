import keras
import numpy as np
from keras import ops


class TiedProjection(keras.layers.Layer):
    """Logits from hidden states with the transposed table of an Embedding."""

    def __init__(self, embedding, **kwargs):
        super().__init__(**kwargs)
        self.embedding = embedding  # a reference to the input Embedding

    def call(self, h):
        return ops.matmul(h, ops.transpose(self.embedding.embeddings))


keras.utils.set_random_seed(0)
ids = keras.Input((5,), dtype="int32", name="ids")
embedding = keras.layers.Embedding(10, 3, name="embedding")  # vocab 10, dim 3
project = TiedProjection(embedding, name="project")
hidden = keras.layers.Dense(3, name="mix")(embedding(ids))
lm = keras.Model(ids, project(hidden), name="lm")

tokens = np.array([[1, 2, 3, 4, 5]], "int32")
print("logits shape:", tuple(lm(tokens).shape))  # one logit per vocabulary entry
#> logits shape: (1, 5, 10)
print("same table:", project.embedding.embeddings is embedding.embeddings)
#> same table: True
print("weights:", [w.path for w in lm.weights])
#> weights: ['embedding/embeddings', 'mix/kernel', 'mix/bias']
print("params:", lm.count_params())  # 10*3 + 3*3 + 3; an untied 3->10 head adds 30
#> params: 42
