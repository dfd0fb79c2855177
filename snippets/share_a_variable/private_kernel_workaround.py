# The workaround of keras-team/keras#18821, as libraries ship it: private attributes.
import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input((3,))
original = keras.layers.Dense(2, activation="relu", name="original")
model = keras.Model(inputs, original(inputs))

linear = keras.layers.Dense(2, name="linear")  # the same layer, no activation
linear._kernel, linear.bias = original.kernel, original.bias  # before build
linear(inputs)  # build() makes a kernel and a bias of its own and replaces both
print("after build, kernel shared:", linear.kernel is original.kernel)
#> after build, kernel shared: False
made_by_build = [linear._kernel, linear.bias]
linear._kernel, linear.bias = original.kernel, original.bias  # tracked: accepted
for variable in made_by_build:
    linear._tracker.untrack(variable)  # forget the two that build() made
print("after the workaround, kernel shared:", linear.kernel is original.kernel)
#> after the workaround, kernel shared: True
print("linear weights:", [w.path for w in linear.weights])
#> linear weights: ['original/kernel', 'original/bias']

split = keras.Model(inputs, keras.layers.Activation("relu")(linear(inputs)))
x = np.random.rand(4, 3).astype("float32")
model.compile(optimizer="sgd", loss="mse")
model.fit(x, np.ones((4, 2)), epochs=2, verbose=0)  # train the original only
outputs = [keras.ops.convert_to_numpy(m(x)) for m in (model, split)]
print("same outputs after training the original:", np.allclose(*outputs))
#> same outputs after training the original: True

with tempfile.TemporaryDirectory() as tmp:  # plain Dense layers: it saves and loads
    split.save(os.path.join(tmp, "split.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "split.keras"))
    same = np.allclose(keras.ops.convert_to_numpy(loaded(x)), outputs[1])
print("loaded split model, same outputs:", same)
#> loaded split model, same outputs: True
