import keras
import numpy as np
from keras import ops


class DenseTranspose(keras.layers.Layer):
    """Decodes with the transposed kernel of another Dense layer."""

    def __init__(self, dense, **kwargs):
        super().__init__(**kwargs)
        self.dense = dense  # a reference to the encoder layer

    def build(self, input_shape):
        n_out = self.dense.kernel.shape[0]
        self.bias = self.add_weight(shape=(n_out,), initializer="zeros", name="bias")

    def call(self, x):
        return ops.matmul(x, ops.transpose(self.dense.kernel)) + self.bias


keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
encoder = keras.layers.Dense(2, name="encoder")
decoder = DenseTranspose(encoder, name="decoder")
autoencoder = keras.Model(inputs, decoder(encoder(inputs)), name="autoencoder")

print("same kernel variable:", decoder.dense.kernel is encoder.kernel)
#> same kernel variable: True
print("weights:", [w.path for w in autoencoder.weights])  # the kernel appears once
#> weights: ['encoder/kernel', 'encoder/bias', 'decoder/bias']
print("params:", autoencoder.count_params())  # 4*2 + 2 + 4; untied it would be 22
#> params: 14

x = np.ones((1, 4), "float32")
code = ops.matmul(x, encoder.kernel) + encoder.bias
manual = ops.matmul(code, ops.transpose(encoder.kernel)) + decoder.bias
same = np.allclose(ops.convert_to_numpy(autoencoder(x)), ops.convert_to_numpy(manual))
print("output equals (x @ W + b) @ W.T + b_dec:", same)
#> output equals (x @ W + b) @ W.T + b_dec: True
