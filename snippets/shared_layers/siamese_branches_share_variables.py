import keras
import numpy as np

keras.utils.set_random_seed(0)

# One encoder instance, called on two inputs: a Siamese pair.
encoder = keras.layers.Dense(2, name="encoder")
left_in = keras.Input((3,), name="left")
right_in = keras.Input((3,), name="right")
left = keras.Model(left_in, encoder(left_in), name="left_branch")
right = keras.Model(right_in, encoder(right_in), name="right_branch")

print("same layer:", left.get_layer("encoder") is right.get_layer("encoder"))
#> same layer: True
print("same kernel variable:", left.weights[0] is right.weights[0])
#> same kernel variable: True
print("params left, right:", left.count_params(), right.count_params())
#> params left, right: 8 8

# Train the left branch only; the right branch changes too.
x = np.ones((4, 3), "float32")
before = right.predict(x, verbose=0)
left.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
left.fit(x, np.zeros((4, 2)), epochs=1, verbose=0)
print("right unchanged:", np.allclose(before, right.predict(x, verbose=0)))
#> right unchanged: False
same = np.allclose(left.predict(x, verbose=0), right.predict(x, verbose=0))
print("left and right agree:", same)
#> left and right agree: True
