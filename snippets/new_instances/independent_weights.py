import keras
import numpy as np

keras.utils.set_random_seed(0)

a = keras.layers.Dense(4, name="a")
b = keras.layers.Dense(4, name="b")  # a second instance of the same class
print("built before a call:", a.built, "weights:", len(a.weights))
#> built before a call: False weights: 0
print("get_weights() before build:", a.get_weights())  # nothing to compare yet
#> get_weights() before build: []

a.build((None, 3))
b.build((None, 3))
ka, kb = keras.ops.convert_to_numpy(a.kernel), keras.ops.convert_to_numpy(b.kernel)
print("kernel shapes:", ka.shape, kb.shape)
#> kernel shapes: (3, 4) (3, 4)
print("same kernel variable:", a.kernel is b.kernel)
#> same kernel variable: False
print("equal kernels:", np.array_equal(ka, kb))
#> equal kernels: False
bias_a = keras.ops.convert_to_numpy(a.bias)
print("equal biases:", np.array_equal(bias_a, keras.ops.convert_to_numpy(b.bias)))
#> equal biases: True
print("bias values:", bias_a.tolist())
#> bias values: [0.0, 0.0, 0.0, 0.0]

a.bias.assign(np.ones(4))  # change a's bias only
print("b's bias after changing a's:", keras.ops.convert_to_numpy(b.bias).tolist())
#> b's bias after changing a's: [0.0, 0.0, 0.0, 0.0]
