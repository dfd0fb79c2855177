import keras

inputs = keras.Input(shape=(28, 28, 1), name="image")

# Two instances: two kernels.
conv_a = keras.layers.Conv2D(32, 3, activation="relu", name="conv_a")
conv_b = keras.layers.Conv2D(32, 3, activation="relu", name="conv_b")
merged = keras.layers.Concatenate(name="merge")([conv_a(inputs), conv_b(inputs)])
two_instances = keras.Model(inputs, merged)
weights, params = len(two_instances.trainable_weights), two_instances.count_params()
print("two instances: weights:", weights, "parameters:", params)
#> two instances: weights: 4 parameters: 640
print("two instances share a kernel:", conv_a.kernel is conv_b.kernel)
#> two instances share a kernel: False

# One instance called twice: one kernel, shared by both branches.
conv = keras.layers.Conv2D(32, 3, activation="relu", name="conv")
merged = keras.layers.Concatenate(name="merge")([conv(inputs), conv(inputs)])
one_instance = keras.Model(inputs, merged)
weights, params = len(one_instance.trainable_weights), one_instance.count_params()
print("one instance twice: weights:", weights, "parameters:", params)
#> one instance twice: weights: 2 parameters: 320
