import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)
encoder = keras.Sequential(
    [
        keras.Input((3,)),
        keras.layers.Dense(4, activation="relu", name="hidden"),
        keras.layers.Dense(2, name="embedding"),
    ],
    name="encoder",
)

# The whole model is one layer of the Siamese graph, called on both inputs.
a = keras.Input((3,), name="a")
b = keras.Input((3,), name="b")
diff = keras.layers.Subtract(name="diff")([encoder(a), encoder(b)])
siamese = keras.Model([a, b], diff, name="siamese")

print("siamese layers:", [layer.name for layer in siamese.layers])
#> siamese layers: ['a', 'b', 'encoder', 'diff']
print("same encoder object:", siamese.get_layer("encoder") is encoder)
#> same encoder object: True
print("params encoder, siamese:", encoder.count_params(), siamese.count_params())
#> params encoder, siamese: 26 26
same = all(s is e for s, e in zip(siamese.weights, encoder.weights, strict=True))
print("every weight is the encoder's:", same)
#> every weight is the encoder's: True

# Training the Siamese model trains the encoder object itself.
kernel = encoder.get_layer("embedding").kernel
before = ops.convert_to_numpy(kernel).copy()
siamese.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
x = np.random.rand(4, 3).astype("float32")
siamese.fit([x, x[::-1]], np.ones((4, 2)), epochs=1, verbose=0)
print("encoder kernel unchanged:", np.array_equal(before, kernel))
#> encoder kernel unchanged: False
