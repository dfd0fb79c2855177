import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")

twin = keras.models.clone_model(model)  # the architecture, fresh weights
twin.set_weights(model.get_weights())  # then the values: a full copy
src, dst = model.get_layer("head"), twin.get_layer("head")
print(np.array_equal(src.kernel.numpy(), dst.kernel.numpy()), src.kernel is dst.kernel)
#> True False

# Train the twin only: the source does not move.
before = src.kernel.numpy().copy()
twin.compile(optimizer="sgd", loss="mse")
twin.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=1, verbose=0)
print(np.array_equal(before, src.kernel.numpy()))  # source unchanged
#> True
print(np.array_equal(before, dst.kernel.numpy()))  # twin trained
#> False
