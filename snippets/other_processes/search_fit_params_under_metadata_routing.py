import textwrap

import keras
import numpy as np
import sklearn
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
clf = SKLearnClassifier(build, model_kwargs={"units": 4})
grid = {"model_kwargs": [{"units": 2}, {"units": 8}]}
with sklearn.config_context(enable_metadata_routing=True):
    search = RandomizedSearchCV(clf, grid, n_iter=2, cv=2, scoring=accuracy)
    try:
        search.fit(X, y, epochs=3)
    except TypeError as e:
        error = e
    clf.set_fit_request(epochs=True)  # a request that does not reach fit
    routing = clf.get_metadata_routing()
    try:
        search.fit(X, y, epochs=3)
    except TypeError as e:
        requested = e
    # fit_kwargs as a searched parameter: set_params puts it on every clone
    grid["fit_kwargs"] = [{"epochs": 3, "verbose": 0}]
    search = RandomizedSearchCV(clf, grid, n_iter=2, cv=2, scoring=accuracy)
    search.fit(X, y)
print("fit(epochs=3):", type(error).__name__, "-", textwrap.shorten(str(error), 57))
#> fit(epochs=3): TypeError - RandomizedSearchCV.fit got unexpected argument(s) [...]
print("then:", str(error).split(", ")[-1])
#> then: which are not routed to any object.
print("not routed:", str(error).split("argument(s) ")[1].split(",")[0])
#> not routed: {'epochs'}
print("set_fit_request, fit / score:", routing.fit.requests, routing.score.requests)
#> set_fit_request, fit / score: {} {'epochs': True}
print("after set_fit_request(epochs=True):", str(requested).split(", ")[-1])
#> after set_fit_request(epochs=True): which are not routed to any object.
print("fit_kwargs in the grid, epochs:", len(search.best_estimator_.history_.epoch))
#> fit_kwargs in the grid, epochs: 3
