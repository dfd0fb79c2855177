import keras

inputs = keras.Input(shape=(28, 28, 1))

# Two instances: two kernels.
conv_a = keras.layers.Conv2D(32, 3, activation="relu", name="conv_a")
conv_b = keras.layers.Conv2D(32, 3, activation="relu", name="conv_b")
merged = keras.layers.Concatenate()([conv_a(inputs), conv_b(inputs)])
two_instances = keras.Model(inputs, merged)
print(len(two_instances.trainable_weights), two_instances.count_params())
#> 4 640
print(conv_a.kernel is conv_b.kernel)
#> False

# One instance called twice: one kernel, shared by both branches.
conv = keras.layers.Conv2D(32, 3, activation="relu", name="conv")
merged = keras.layers.Concatenate()([conv(inputs), conv(inputs)])
one_instance = keras.Model(inputs, merged)
print(len(one_instance.trainable_weights), one_instance.count_params())
#> 2 320
