import keras
import numpy as np
from keras import ops

keras.utils.set_random_seed(0)


def make(name):  # a stateful LSTM carries its state from one call to the next
    # use_cudnn=False: PyTorch cannot train a stateful LSTM without it
    lstm = keras.layers.LSTM(2, stateful=True, use_cudnn=False, name="lstm")
    model = keras.Sequential([keras.Input((2, 3), batch_size=1), lstm], name=name)
    model.compile(optimizer="adam", loss="mse")
    return model


def equal(a, b):
    pairs = zip(a, b, strict=True)
    return all(
        np.array_equal(ops.convert_to_numpy(t), ops.convert_to_numpy(s))
        for t, s in pairs
    )


src, dst = make("src"), make("dst")
x, y = np.random.rand(1, 2, 3), np.random.rand(1, 2)
src.train_on_batch(x, y)  # moves the weights and the Adam moments
src(x)  # a direct call moves the LSTM state, on every backend
for t, s in zip(dst.weights, src.weights, strict=True):
    t.assign(ops.copy(s))

opt = [v for v in src.optimizer.variables if any(v is w for w in src.weights)]
print("optimizer variables in model.weights:", len(opt))
#> optimizer variables in model.weights: 0
print("dst optimizer steps:", int(dst.optimizer.iterations))
#> dst optimizer steps: 0
src_states, dst_states = src.get_layer("lstm").states, dst.get_layer("lstm").states
print("LSTM state copied with model.weights:", equal(dst_states, src_states))
#> LSTM state copied with model.weights: False

for t, s in zip(dst_states, src_states, strict=True):
    t.assign(ops.copy(s))  # the state is a list of variables too: copy it as well
same = np.allclose(ops.convert_to_numpy(src(x)), ops.convert_to_numpy(dst(x)))
print("same output after copying the state too:", same)
#> same output after copying the state too: True
