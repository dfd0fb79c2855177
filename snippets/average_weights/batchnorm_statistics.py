import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(loc=10.0, size=(600, 4)).astype("float32")
y = ((x - 10.0) @ [1.0, -2.0, 0.5, 1.0] > 0).astype("float32")
L = keras.layers
base = keras.Sequential([keras.Input((4,)), L.Dense(16), L.BatchNormalization()])
base.add(L.Activation("relu"))
base.add(L.Dense(1, "sigmoid"))
start = [rng.normal(scale=0.5, size=w.shape) for w in base.trainable_weights]

members = []
for i in range(3):  # same start, one slice of the data each
    member = keras.models.clone_model(base)
    for w, value in zip(member.trainable_weights, start):
        w.assign(value)
    member.compile(keras.optimizers.SGD(0.1), "binary_crossentropy")
    rows = slice(200 + 130 * i, 330 + 130 * i)
    member.fit(x[rows], y[rows], batch_size=10, epochs=10, verbose=0, shuffle=False)
    members.append(member)


def assign_average(targets, attribute):  # position by position, over the members
    for target, ws in zip(targets, zip(*[getattr(m, attribute) for m in members])):
        target.assign(np.mean([keras.ops.convert_to_numpy(w) for w in ws], axis=0))


soup = keras.models.clone_model(base)
soup.compile(loss="binary_crossentropy", metrics=["accuracy"])
assign_average(soup.trainable_weights, "trainable_weights")
print("not trainable:", [w.name for w in soup.non_trainable_weights])
#> not trainable: ['moving_mean', 'moving_variance']
for label in ("left at the clone's 0 and 1", "averaged", "recomputed"):
    if label == "averaged":
        assign_average(soup.non_trainable_weights, "non_trainable_weights")
    if label == "recomputed":  # the statistics of what the soup's bn layer receives
        features = soup.layers[0](x[200:])
        soup.layers[1].moving_mean.assign(keras.ops.mean(features, axis=0))
        soup.layers[1].moving_variance.assign(keras.ops.var(features, axis=0))
    loss, acc = soup.evaluate(x[:200], y[:200], verbose=0)
    print(f"stats {label}: loss {loss:.3f}, accuracy {acc:.3f}")
    #> stats left at the clone's 0 and 1: loss 0.349, accuracy 0.790
    #> stats averaged: loss 0.484, accuracy 0.715
    #> stats recomputed: loss 0.175, accuracy 0.980
