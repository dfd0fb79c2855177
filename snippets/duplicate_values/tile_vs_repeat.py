import keras

x = keras.ops.convert_to_tensor([[1, 2], [3, 4]], dtype="int32")


def as_list(t):
    return keras.ops.convert_to_numpy(t).tolist()


print(as_list(keras.ops.tile(x, (1, 2))))  # whole blocks: 1 2 1 2
#> [[1, 2, 1, 2], [3, 4, 3, 4]]
print(as_list(keras.ops.repeat(x, 2, axis=1)))  # each element in turn: 1 1 2 2
#> [[1, 1, 2, 2], [3, 3, 4, 4]]
print(as_list(keras.ops.tile(x, (2, 1))))  # rows: block after block
#> [[1, 2], [3, 4], [1, 2], [3, 4]]
print(as_list(keras.ops.repeat(x, 2, axis=0)))  # rows: each row twice
#> [[1, 2], [1, 2], [3, 4], [3, 4]]
print(as_list(keras.ops.repeat(x, 2)))  # no axis: flattened first
#> [1, 1, 2, 2, 3, 3, 4, 4]
