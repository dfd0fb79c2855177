import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")

twin = keras.models.clone_model(model)  # the architecture, fresh weights
twin.set_weights(model.get_weights())  # then the values: a full copy
src, dst = model.get_layer("head"), twin.get_layer("head")
to_np = keras.ops.convert_to_numpy
print("equal kernels:", np.array_equal(to_np(src.kernel), to_np(dst.kernel)))
#> equal kernels: True
print("same kernel variable:", src.kernel is dst.kernel)
#> same kernel variable: False

# Train the twin only: the source does not move.
before = to_np(src.kernel).copy()
twin.compile(optimizer="sgd", loss="mse")
twin.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=1, verbose=0)
print("source kernel unchanged:", np.array_equal(before, to_np(src.kernel)))
#> source kernel unchanged: True
print("twin kernel unchanged:", np.array_equal(before, to_np(dst.kernel)))
#> twin kernel unchanged: False
