import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)


class FirstOfList(keras.layers.Layer):  # needs a list: it takes inputs[0]
    def call(self, inputs):
        self.received = type(inputs).__name__
        return inputs[0] * 2.0


x = keras.Input((4,), name="features")
h = keras.layers.Dense(3, name="hidden")(x)
joined = keras.layers.Concatenate(name="join")([h])  # a list of one tensor
picked = FirstOfList(name="first")([joined])  # a list of one tensor again
model = keras.Model(x, keras.layers.Dense(1, name="out")(picked))
try:  # a tensor, not a list of one: Keras 3 refuses it with Keras 2's words
    keras.layers.Concatenate()(h)
except ValueError as e:
    print("Keras 3, Concatenate()(tensor):", str(e).split(" of at")[0])
    #> Keras 3, Concatenate()(tensor): A `Concatenate` layer should be called on a list

clone = keras.models.clone_model(model)
print("clone output shape:", clone.output.shape)
#> clone output shape: (None, 1)
print("FirstOfList in the clone received a:", clone.get_layer("first").received)
#> FirstOfList in the clone received a: list

clone.set_weights(model.get_weights())
data = np.ones((8, 4), "float32")
clone.compile(optimizer="sgd", loss="mse")
clone.fit(data, np.ones((8, 1)), verbose=0)
moved = not np.allclose(clone.get_weights()[0], model.get_weights()[0])
print("clone trains from the copied weights:", moved)
#> clone trains from the copied weights: True
path = tempfile.mkdtemp() + "/one_input_concat.keras"
clone.save(path)
with keras.saving.custom_object_scope({"FirstOfList": FirstOfList}):
    reloaded = keras.models.load_model(path)
same = np.allclose(clone.predict(data, verbose=0), reloaded.predict(data, verbose=0))
print("saved and reloaded, same predictions:", same)
#> saved and reloaded, same predictions: True
