import keras
import numpy as np


def build(policy):
    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(8, name="hidden", dtype=policy)(inputs)
    outputs = keras.layers.Dense(2, name="head", dtype="float32")(hidden)
    return keras.Model(inputs, outputs)


keras.utils.set_random_seed(0)
mixed, full = build("mixed_float16"), build("float32")
print("variable dtypes, mixed:", sorted({w.dtype for w in mixed.weights}))
#> variable dtypes, mixed: ['float32']
full.set_weights(mixed.get_weights())  # mixed -> float32
pairs = list(zip(mixed.get_weights(), full.get_weights()))
print("mixed -> float32, equal values:", all(np.array_equal(a, b) for a, b in pairs))
#> mixed -> float32, equal values: True

x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")
mixed_out = keras.ops.convert_to_numpy(mixed(x))
full_out = keras.ops.convert_to_numpy(full(x))
print("same outputs:", np.array_equal(mixed_out, full_out))
#> same outputs: False
print("close outputs (atol 0.01):", np.allclose(mixed_out, full_out, atol=0.01))
#> close outputs (atol 0.01): True

back = build("mixed_float16")
back.set_weights(full.get_weights())  # float32 -> mixed
back_out = keras.ops.convert_to_numpy(back(x))
print("float32 -> mixed, same outputs as mixed:", np.array_equal(mixed_out, back_out))
#> float32 -> mixed, same outputs as mixed: True
