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
src.train_on_batch(x, y)  # src's Adam now has a step count and moments
dst.set_weights(src.get_weights())

print(int(src.optimizer.iterations), int(dst.optimizer.iterations))
#> 1 0
print(len(src.optimizer.variables), len(dst.optimizer.variables))
#> 6 2
print([v.name for v in dst.optimizer.variables])
#> ['iteration', 'learning_rate']
print([v.name for v in src.optimizer.variables[2:4]])  # one pair per weight
#> ['src_o_kernel_momentum', 'src_o_kernel_velocity']

# Equal weights, same batch, same kind of optimizer: the next step still differs.
src.train_on_batch(x, y)
dst.train_on_batch(x, y)
print([np.allclose(s, d) for s, d in zip(src.get_weights(), dst.get_weights())])
#> [False, False]
