import copy

import keras
import numpy as np
from keras.wrappers import SKLearnRegressor
from sklearn.base import clone

keras.utils.set_random_seed(0)
X = np.random.rand(32, 3).astype("float32")
y = X.sum(axis=1)
x = keras.Input((3,), name="x")
template = keras.Model(x, keras.layers.Dense(1, name="head")(x), name="net")
template.compile(loss="mse", optimizer=keras.optimizers.SGD(learning_rate=0.0))

reg = SKLearnRegressor(model=template, fit_kwargs={"epochs": 2, "verbose": 0})
reg.fit(X, y)  # trains keras.models.clone_model(template), kept as reg.model_
print("fitted model is the template:", reg.model_ is template)
#> fitted model is the template: False
kernel = reg.model_.get_weights()[0]  # learning rate 0: the kernel it started with
same = np.array_equal(kernel, template.get_weights()[0])
print("started from the template's kernel:", same)
#> started from the template's kernel: False

twin = clone(reg)  # sklearn.base.clone: an unfitted estimator, same template
print("clone is fitted:", hasattr(twin, "model_"))
#> clone is fitted: False
print("clone's model is the template:", twin.model is template)
#> clone's model is the template: True
print("clone's fit_kwargs:", twin.fit_kwargs)
#> clone's fit_kwargs: None

snapshot = copy.deepcopy(reg)  # the trained one: copy or pickle the fitted wrapper
same = np.array_equal(snapshot.model_.get_weights()[0], kernel)
print("deepcopy is fitted:", hasattr(snapshot, "model_"), "same kernel:", same)
#> deepcopy is fitted: True same kernel: True
