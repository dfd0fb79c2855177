import copy
import os
import tempfile

import keras
import numpy as np
from keras import ops


@keras.saving.register_keras_serializable(package="tied_weights_wrapper")
class TiedEmbedding(keras.layers.Layer):
    """Owns an Embedding: looks tokens up, or projects with reverse=True."""

    def __init__(self, embedding, **kwargs):
        super().__init__(**kwargs)
        self.embedding = embedding  # a sublayer, serialized with this layer

    def call(self, x, reverse=False):
        if reverse:
            return ops.matmul(x, ops.transpose(self.embedding.embeddings))
        return self.embedding(x)

    def get_config(self):
        embedding = keras.saving.serialize_keras_object(self.embedding)
        return {**super().get_config(), "embedding": embedding}

    @classmethod
    def from_config(cls, config):
        config["embedding"] = keras.saving.deserialize_keras_object(config["embedding"])
        return cls(**config)


keras.utils.set_random_seed(0)
ids = keras.Input((5,), dtype="int32", name="ids")
tied = TiedEmbedding(keras.layers.Embedding(10, 3, name="embedding"), name="tied")
hidden = keras.layers.Dense(3, name="mix")(tied(ids))  # only via the wrapper
lm = keras.Model(ids, tied(hidden, reverse=True), name="lm")
tokens = np.array([[1, 2, 3, 4, 5]], "int32")

clone = keras.models.clone_model(lm)
clone.set_weights(lm.get_weights())
with tempfile.TemporaryDirectory() as tmp:
    lm.save(os.path.join(tmp, "lm.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "lm.keras"))
copies = {
    "clone_model": clone,
    "copy.deepcopy": copy.deepcopy(lm),
    "load_model": loaded,
}
logits = ops.convert_to_numpy(lm(tokens))
for route, m in copies.items():
    same = np.allclose(ops.convert_to_numpy(m(tokens)), logits)
    print(f"{route} | weights: {[w.name for w in m.weights]} | same logits: {same}")
    #> clone_model | weights: ['embeddings', 'kernel', 'bias'] | same logits: True
    #> copy.deepcopy | weights: ['embeddings', 'kernel', 'bias'] | same logits: True
    #> load_model | weights: ['embeddings', 'kernel', 'bias'] | same logits: True
