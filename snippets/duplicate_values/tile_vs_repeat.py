import keras

x = keras.ops.convert_to_tensor([[1, 2], [3, 4]], dtype="int32")


def as_list(t):
    return keras.ops.convert_to_numpy(t).tolist()


print("tile (1, 2):", as_list(keras.ops.tile(x, (1, 2))))  # whole blocks
#> tile (1, 2): [[1, 2, 1, 2], [3, 4, 3, 4]]
print("repeat axis=1:", as_list(keras.ops.repeat(x, 2, axis=1)))  # each element
#> repeat axis=1: [[1, 1, 2, 2], [3, 3, 4, 4]]
print("tile (2, 1):", as_list(keras.ops.tile(x, (2, 1))))  # block after block
#> tile (2, 1): [[1, 2], [3, 4], [1, 2], [3, 4]]
print("repeat axis=0:", as_list(keras.ops.repeat(x, 2, axis=0)))  # each row twice
#> repeat axis=0: [[1, 2], [1, 2], [3, 4], [3, 4]]
print("repeat, no axis:", as_list(keras.ops.repeat(x, 2)))  # flattened first
#> repeat, no axis: [1, 1, 2, 2, 3, 3, 4, 4]
