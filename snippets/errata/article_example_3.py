# The article's Example 3, run as published. One line is added before it:
# it keeps model.summary() off stdout, whose table follows your terminal's width.
import keras

keras.config.disable_interactive_logging()
# --8<-- [start:article]
import tensorflow as tf
import numpy as np

# Define a dense layer
dense_layer = tf.keras.layers.Dense(32, activation='relu')

# Create a duplicate layer with shared weights
dense_layer_shared = tf.keras.layers.Dense(32, activation='relu')

# Manually copy weights
dense_layer_shared.set_weights(dense_layer.get_weights())

# Verify that weights are identical
print("Weights of dense_layer:")
#> Weights of dense_layer:
print(dense_layer.get_weights())
#> []
print("\nWeights of dense_layer_shared:")
"""
Weights of dense_layer_shared:
"""
print(dense_layer_shared.get_weights())
#> []

#Caution: Any change to one set of weights will immediately affect the other.

#Use with extreme care.  This is not true duplication in the sense of independent learning.
model = tf.keras.Sequential([dense_layer, dense_layer_shared])
model.build((None, 64))
model.summary()
# --8<-- [end:article]

# What the article did not print:
print("kernel shapes:", dense_layer.kernel.shape, dense_layer_shared.kernel.shape)
#> kernel shapes: (64, 32) (32, 32)
print("same kernel variable:", dense_layer.kernel is dense_layer_shared.kernel)
#> same kernel variable: False
