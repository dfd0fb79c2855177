# The article's Example 2, run as published. One line is added before it:
# it keeps model.summary() off stdout, whose table follows your terminal's width.
import keras

keras.config.disable_interactive_logging()
# --8<-- [start:article]
import tensorflow as tf

# Define the original convolutional layer
conv_layer = tf.keras.layers.Conv2D(32, (3, 3), activation='relu')

# Create two duplicate instances using functional API
input_tensor = tf.keras.Input(shape=(28, 28, 1))  # Example input shape

conv_output_1 = conv_layer(input_tensor)
conv_output_2 = tf.keras.layers.Conv2D(32, (3, 3), activation='relu')(input_tensor) # Duplicate instance

# Combine the outputs (e.g., concatenate)
merged_output = tf.keras.layers.concatenate([conv_output_1, conv_output_2])

# Build the model
model = tf.keras.Model(inputs=input_tensor, outputs=merged_output)
model.summary()
# --8<-- [end:article]

# What the article did not print:
print("trainable weights:", len(model.trainable_weights))  # two kernels, two biases
#> trainable weights: 4
print("the two Conv2D share a kernel:", conv_layer.kernel is model.layers[2].kernel)
#> the two Conv2D share a kernel: False
