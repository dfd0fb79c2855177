import keras
import numpy as np

keras.utils.set_random_seed(0)
a_in, b_in = keras.Input((3,), name="a"), keras.Input((3,), name="b")


def siamese(encode_a, encode_b, name):  # squared distance between two embeddings
    distance = keras.ops.sum((encode_a(a_in) - encode_b(b_in)) ** 2, axis=-1)
    return keras.Model([a_in, b_in], distance, name=name)


encoder = keras.layers.Dense(2, name="encoder")
shared = siamese(encoder, encoder, "shared")  # one encoder for both inputs
separate = siamese(
    keras.layers.Dense(2, name="encoder_a"),
    keras.layers.Dense(2, name="encoder_b"),
    "separate",
)
x = np.array([[1.0, 2.0, 3.0]], "float32")
y = np.array([[0.0, -1.0, 2.0]], "float32")


def distance(model, u, v):
    return float(keras.ops.convert_to_numpy(model([u, v]))[0])


pair = (shared, separate)
print("parameters, shared / separate:", *(model.count_params() for model in pair))
#> parameters, shared / separate: 8 16
zero = [distance(model, x, x) == 0.0 for model in pair]
print("d(x, x) == 0, shared / separate:", *zero)
#> d(x, x) == 0, shared / separate: True False
symmetric = [np.isclose(distance(m, x, y), distance(m, y, x)) for m in pair]
print("d(x, y) == d(y, x), shared / separate:", *symmetric)
#> d(x, y) == d(y, x), shared / separate: True False
