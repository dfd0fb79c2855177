import keras
import numpy as np

keras.utils.set_random_seed(0)


def build(first, second, name):
    x = keras.Input((4,), name="x")
    h = keras.layers.Dense(8, activation="relu", name=first)(x)
    return keras.Model(x, keras.layers.Dense(3, name=second)(h), name=name)


src = build("dense_a", "dense_b", "src")  # names from an old script
dst = build("encoder", "classifier", "dst")  # the same architecture, renamed

# dst layer name -> src layer name
mapping = {"encoder": "dense_a", "classifier": "dense_b"}
for dst_name, src_name in mapping.items():
    dst.get_layer(dst_name).set_weights(src.get_layer(src_name).get_weights())

data = np.random.default_rng(0).normal(size=(2, 4)).astype("float32")
same = np.allclose(src.predict(data, verbose=0), dst.predict(data, verbose=0))
print("same predictions after the mapped copy:", same)
#> same predictions after the mapped copy: True
shared = dst.get_layer("encoder").kernel is src.get_layer("dense_a").kernel
print("kernel is shared:", shared)
#> kernel is shared: False
