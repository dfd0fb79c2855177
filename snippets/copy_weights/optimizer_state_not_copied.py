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

steps = int(src.optimizer.iterations), int(dst.optimizer.iterations)
print("optimizer steps in src, in dst:", *steps)
#> optimizer steps in src, in dst: 1 0
counts = len(src.optimizer.variables), len(dst.optimizer.variables)
print("optimizer variables in src, in dst:", *counts)
#> optimizer variables in src, in dst: 6 2
print("dst optimizer holds:", [v.name for v in dst.optimizer.variables])
#> dst optimizer holds: ['iteration', 'learning_rate']
slots = [v.name for v in src.optimizer.variables[2:4]]  # one pair per weight
print("src slots for the kernel:", slots)
#> src slots for the kernel: ['src_o_kernel_momentum', 'src_o_kernel_velocity']

# Equal weights, same batch, same kind of optimizer: the next step still differs.
src.train_on_batch(x, y)
dst.train_on_batch(x, y)
pairs = zip(src.get_weights(), dst.get_weights())
print("any weight equal after the next step:", any(np.allclose(s, d) for s, d in pairs))
#> any weight equal after the next step: False
