import keras


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
src.get_layer("h").trainable = False  # freeze a layer of src only

dst.set_weights(src.get_weights())  # values only
print(src.get_layer("h").trainable, dst.get_layer("h").trainable)
#> False True
print(len(src.trainable_weights), len(dst.trainable_weights))
#> 2 4

# The order of get_weights() is creation order, whatever is frozen:
print([w.path for w in src.weights])
#> ['src/h/kernel', 'src/h/bias', 'src/o/kernel', 'src/o/bias']
