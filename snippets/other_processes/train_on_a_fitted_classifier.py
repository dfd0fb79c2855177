import keras
import numpy as np
from keras.wrappers import SKLearnClassifier


def build(X, y):
    x = keras.Input((X.shape[1],), name="x")
    model = keras.Model(x, keras.layers.Dense(2, activation="softmax")(x))
    model.compile(loss="categorical_crossentropy", optimizer="adam")
    return model


keras.utils.set_random_seed(0)
X = np.random.rand(40, 3).astype("float32")
y = (X[:, 0] > 0.5).astype("int64")
clf = SKLearnClassifier(build, fit_kwargs={"verbose": 0}).fit(X, y)
one_hot = (y[:, None] == clf.classes_).astype("float32")  # columns in classes_ order
steps = lambda: keras.ops.convert_to_numpy(clf.model_.optimizer.iterations).item()
before = steps()
clf.model_.fit(X, one_hot, verbose=0)
print("model_.fit with one-hot targets, optimizer steps:", before, "->", steps())
#> model_.fit with one-hot targets, optimizer steps: 2 -> 4
try:  # the wrapper one-hot encodes y for its model; model_.fit does not
    clf.model_.fit(X, y, verbose=0)
except ValueError as e:
    message = str(e)[: str(e).index(" must have the same") + 19]  # rank or shape
    print("with labels:", type(e).__name__, "-", message)
    #> with labels: ValueError - Arguments `target` and `output` must have the same
