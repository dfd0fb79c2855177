# About TensorFlow itself: which Keras `tf.keras` means.
import keras
import tensorflow as tf

print("keras major version:", keras.__version__.split(".")[0])
#> keras major version: 3
print("tf.keras.Model is keras.Model:", tf.keras.Model is keras.Model)
#> tf.keras.Model is keras.Model: True
print("tf.keras is keras:", tf.keras is keras)  # a module inside the keras package
#> tf.keras is keras: False
