import textwrap

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = keras.Input((4,), name="x")
code = keras.layers.Dense(2, name="encode")(x)
autoencoder = keras.Model(x, keras.layers.Dense(4, name="decode")(code))

# A decoder: the autoencoder's last layer on a new Input.
z = keras.Input((2,), name="z")
decode = autoencoder.get_layer("decode")
try:
    keras.Model(z, decode.output)  # .output starts at x, not at z
except ValueError as e:
    print("layer.output:", textwrap.shorten(str(e), 70))
    #> layer.output: Output with path `` is not connected to `inputs`

# The same mistake with a whole model called on a new Input.
image = keras.Input((4,), name="image")
head = keras.layers.Dense(1, name="head")(autoencoder(image))
try:
    keras.Model(autoencoder.input, head)  # head starts at image
except ValueError as e:
    print("model.input:", textwrap.shorten(str(e), 70))
    #> model.input: Output with path `` is not connected to `inputs`

# Fix: call the layer on the new Input. It shares the trained variables.
decoder = keras.Model(z, decode(z))
print("same kernel variable:", decoder.get_layer("decode").kernel is decode.kernel)
#> same kernel variable: True
before = keras.ops.convert_to_numpy(decode.kernel)
decoder.compile(optimizer="sgd", loss="mse")
decoder.fit(np.ones((8, 2)), np.zeros((8, 4)), epochs=1, verbose=0)
after = keras.ops.convert_to_numpy(decode.kernel)
print("training the decoder moved the autoencoder:", not np.allclose(before, after))
#> training the decoder moved the autoencoder: True
print("head model from image, params:", keras.Model(image, head).count_params())
#> head model from image, params: 27
