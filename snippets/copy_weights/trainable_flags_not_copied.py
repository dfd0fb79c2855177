import keras
import numpy as np


def make(name):
    return keras.Sequential(
        [
            keras.Input((3,)),
            keras.layers.Dense(4, name="h"),
            keras.layers.Dense(1, name="o"),
        ],
        name=name,
    )


src, dst = make("src"), make("dst")
order_before = [w.path for w in src.weights]
src.get_layer("h").trainable = False  # freeze a layer of src only

dst.set_weights(src.get_weights())  # values only
flags = src.get_layer("h").trainable, dst.get_layer("h").trainable
print("h trainable in src, in dst:", *flags)
#> h trainable in src, in dst: False True
counts = len(src.trainable_weights), len(dst.trainable_weights)
print("trainable weights in src, in dst:", *counts)
#> trainable weights in src, in dst: 2 4

# Freezing does not reorder get_weights(), so a frozen source lines up with its twin.
print("order unchanged by freezing:", [w.path for w in src.weights] == order_before)
#> order unchanged by freezing: True
print("order:", [w.path for w in src.weights])
#> order: ['src/h/kernel', 'src/h/bias', 'src/o/kernel', 'src/o/bias']

dst.get_layer("h").trainable = False  # match src, then compile: fit reads the flags
dst.compile(optimizer="sgd", loss="mse")
before = dst.get_layer("h").get_weights()[0]
dst.fit(np.ones((4, 3)), np.zeros((4, 1)), verbose=0)
unchanged = np.array_equal(before, dst.get_layer("h").get_weights()[0])
print("dst h unchanged by fit after set + compile:", unchanged)
#> dst h unchanged by fit after set + compile: True
