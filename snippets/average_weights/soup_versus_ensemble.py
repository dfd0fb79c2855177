import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(600, 4)).astype("float32")
y = (x @ [1.0, -2.0, 0.5, 1.0] > 0).astype("float32")
x_test, y_test = x[:200], y[:200]

base = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, "relu")])
base.add(keras.layers.Dense(1, "sigmoid"))
# Every member starts from these weights (NumPy draws them: same on every backend).
start = [rng.normal(scale=0.5, size=w.shape) for w in base.get_weights()]

members = []
for i in range(3):  # one copy per slice of the training data
    member = keras.models.clone_model(base)
    member.name = f"member_{i}"  # the ensemble needs unique names
    member.set_weights(start)
    member.compile(keras.optimizers.SGD(0.1), "binary_crossentropy")
    rows = slice(200 + 130 * i, 330 + 130 * i)
    member.fit(x[rows], y[rows], batch_size=10, epochs=10, verbose=0, shuffle=False)
    members.append(member)

soup = keras.models.clone_model(base)  # the average: one model, one set of weights
by_position = zip(*[m.trainable_weights for m in members])
for target, sources in zip(soup.trainable_weights, by_position):
    values = [keras.ops.convert_to_numpy(s) for s in sources]
    target.assign(np.mean(values, axis=0))

inputs = keras.Input((4,))  # the ensemble: every member, outputs averaged
outputs = keras.layers.Average()([m(inputs) for m in members])
ensemble = keras.Model(inputs, outputs)

named = [(f"member {i}", m) for i, m in enumerate(members)]
for name, model in named + [("soup", soup), ("ensemble", ensemble)]:
    model.compile(loss="binary_crossentropy", metrics=["accuracy"])
    loss, acc = model.evaluate(x_test, y_test, verbose=0)
    size = model.count_params()
    print(f"{name}: loss {loss:.3f}, accuracy {acc:.3f}, parameters {size}")
    #> member 0: loss 0.117, accuracy 0.990, parameters 97
    #> member 1: loss 0.120, accuracy 0.965, parameters 97
    #> member 2: loss 0.134, accuracy 0.965, parameters 97
    #> soup: loss 0.120, accuracy 0.985, parameters 97
    #> ensemble: loss 0.122, accuracy 0.985, parameters 291
