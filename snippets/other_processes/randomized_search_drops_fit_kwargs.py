import keras
import numpy as np
from keras.wrappers import SKLearnClassifier
from sklearn.model_selection import RandomizedSearchCV


def build(X, y, units):  # model_kwargs arrive as arguments
    x = keras.Input((X.shape[1],), name="x")
    hidden = keras.layers.Dense(units, activation="relu", name="hidden")(x)
    model = keras.Model(x, keras.layers.Dense(2, activation="softmax")(hidden))
    model.compile(loss="categorical_crossentropy", optimizer="adam")
    return model


def accuracy(estimator, X, y):  # a scorer that predicts without a progress bar
    return np.mean(estimator.model_.predict(X, verbose=0).argmax(axis=1) == y)


keras.utils.set_random_seed(0)
X = np.random.rand(40, 3).astype("float32")
y = (X[:, 0] > 0.5).astype("int64")
clf = SKLearnClassifier(build, model_kwargs={"units": 4}, fit_kwargs={"epochs": 3})
grid = {"model_kwargs": [{"units": 2}, {"units": 8}]}
search = RandomizedSearchCV(clf, grid, n_iter=2, cv=2, scoring=accuracy, random_state=0)

search.fit(X, y, verbose=0)  # every candidate is a clone(clf): fit_kwargs are gone
best = search.best_estimator_
print("best fit_kwargs:", best.fit_kwargs, "epochs:", len(best.history_.epoch))
#> best fit_kwargs: None epochs: 1
search.fit(X, y, epochs=3, verbose=0)  # fit parameters reach every clone's fit
best = search.best_estimator_
print("epochs through search.fit:", len(best.history_.epoch))
#> epochs through search.fit: 3
units = search.best_params_["model_kwargs"]["units"]
print("best model has best_params_:", best.model_.get_layer("hidden").units == units)
#> best model has best_params_: True
print("the estimator you passed is fitted:", hasattr(clf, "model_"))
#> the estimator you passed is fitted: False
