import keras
import numpy as np
from keras.wrappers import SKLearnRegressor

keras.utils.set_random_seed(0)
X = np.random.rand(32, 3).astype("float32")
y = X.sum(axis=1)
x = keras.Input((3,), name="x")
template = keras.Model(x, keras.layers.Dense(1, name="head")(x), name="net")
template.compile(loss="mse", optimizer="sgd")

reg = SKLearnRegressor(model=template, warm_start=True, fit_kwargs={"verbose": 0})
reg.fit(X, y)
first, trained = reg.model_, reg.model_.get_weights()[0]
print("warm_start=True, first fit trained the template:", first is template)
#> warm_start=True, first fit trained the template: False
reg.fit(X, y, epochs=0)  # no training: model_ is whatever fit starts from
print("second fit kept the first model:", reg.model_ is first)
#> second fit kept the first model: False
print("fit_kwargs after fit(X, y, epochs=0):", reg.fit_kwargs)  # stays for later fits
#> fit_kwargs after fit(X, y, epochs=0): {'verbose': 0, 'epochs': 0}
same = np.array_equal(reg.model_.get_weights()[0], trained)
print("second fit started from the trained kernel:", same)
#> second fit started from the trained kernel: False

# To train on from trained weights, fit the first fit's model_ itself.
steps = keras.ops.convert_to_numpy(first.optimizer.iterations).item()
first.fit(X, y[:, None], epochs=1, verbose=0)
after = keras.ops.convert_to_numpy(first.optimizer.iterations).item()
print("optimizer steps, before / after model_.fit:", steps, after)
#> optimizer steps, before / after model_.fit: 1 2
