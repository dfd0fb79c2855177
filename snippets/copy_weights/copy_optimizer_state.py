import keras
import numpy as np

keras.utils.set_random_seed(0)


def make(name):
    model = keras.Sequential(
        [keras.Input((3,)), keras.layers.Dense(1, name="o")], name=name
    )
    model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
    return model


x, y = np.random.rand(8, 3), np.random.rand(8, 1)
src, dst = make("src"), make("dst")
src.train_on_batch(x, y)

dst.set_weights(src.get_weights())
dst.optimizer.build(dst.trainable_weights)  # create its slots, then copy them
pairs = zip(dst.optimizer.variables, src.optimizer.variables, strict=True)
for t, s in pairs:
    t.assign(keras.ops.copy(s))  # on JAX, t.assign(s) would share s's array
print("dst optimizer steps:", int(dst.optimizer.iterations))
#> dst optimizer steps: 1
print("dst optimizer variables:", len(dst.optimizer.variables))
#> dst optimizer variables: 6

src.train_on_batch(x, y)
dst.train_on_batch(x, y)
pairs = zip(src.get_weights(), dst.get_weights())
print("equal after the next step:", all(np.array_equal(s, d) for s, d in pairs))
#> equal after the next step: True
