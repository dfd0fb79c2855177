# The article's Example 1, run as published. One line is added before it:
# it keeps model.summary() off stdout, whose table follows your terminal's width.
import keras

keras.config.disable_interactive_logging()
# --8<-- [start:article]
import tensorflow as tf

# Define the original layer
dense_layer = tf.keras.layers.Dense(64, activation='relu')

# Create three duplicate instances. Each has its own weights.
dense_layer_1 = tf.keras.layers.Dense(64, activation='relu')
dense_layer_2 = tf.keras.layers.Dense(64, activation='relu')
dense_layer_3 = tf.keras.layers.Dense(64, activation='relu')

# Verify that weights are different (they should be due to random initialization)
print("Weights of dense_layer:")
#> Weights of dense_layer:
print(dense_layer.get_weights())
#> []
print("\nWeights of dense_layer_1:")
"""
Weights of dense_layer_1:
"""
print(dense_layer_1.get_weights())
#> []
print("\nWeights of dense_layer_2:")
"""
Weights of dense_layer_2:
"""
print(dense_layer_2.get_weights())
#> []
print("\nWeights of dense_layer_3:")
"""
Weights of dense_layer_3:
"""
print(dense_layer_3.get_weights())
#> []

# Incorporate these into a sequential model (Illustrative example)
model = tf.keras.Sequential([
    dense_layer_1,
    dense_layer_2,
    dense_layer_3
])

model.build((None, 128)) # Build the model; replace 128 with your input shape.
model.summary()
# --8<-- [end:article]

# What the article did not print:
print("dense_layer built:", dense_layer.built)  # the "original" is never used or built
#> dense_layer built: False
print("dense_layer_1 kernel:", dense_layer_1.kernel.shape)  # reads the 128 inputs
#> dense_layer_1 kernel: (128, 64)
print("dense_layer_2 kernel:", dense_layer_2.kernel.shape)  # reads 64 outputs
#> dense_layer_2 kernel: (64, 64)
print("dense_layer_1 weights after model.build:", len(dense_layer_1.get_weights()))
#> dense_layer_1 weights after model.build: 2
