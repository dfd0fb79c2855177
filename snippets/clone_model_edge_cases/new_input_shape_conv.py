import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((32, 32, 3), name="image")
h = keras.layers.Conv2D(8, 3, activation="relu", name="conv")(x)
h = keras.layers.GlobalAveragePooling2D(name="pool")(h)
small = keras.Model(x, keras.layers.Dense(2, name="head")(h), name="convnet")

# The same architecture on 64x64 images, then the 32x32 model's weights.
big_input = keras.Input((64, 64, 3), name="image")
big = keras.models.clone_model(small, input_tensors=big_input)
big.set_weights(small.get_weights())

print("input shapes:", small.input.shape, big.input.shape)
#> input shapes: (None, 32, 32, 3) (None, 64, 64, 3)
pairs = zip(small.get_weights(), big.get_weights(), strict=True)
print("all weights copied:", all(np.array_equal(a, b) for a, b in pairs))
#> all weights copied: True
print("prediction on 64x64:", big.predict(np.ones((1, 64, 64, 3)), verbose=0).shape)
#> prediction on 64x64: (1, 2)
