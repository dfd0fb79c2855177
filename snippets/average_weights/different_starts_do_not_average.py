import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(600, 4)).astype("float32")
y = (x @ [1.0, -2.0, 0.5, 1.0] > 0).astype("float32")
x_test, y_test = x[:200], y[:200]

base = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, "relu")])
base.add(keras.layers.Dense(1, "sigmoid"))

members = []
for i in range(3):  # each member starts from its OWN random weights
    member = keras.models.clone_model(base)
    member.set_weights([rng.normal(scale=0.5, size=w.shape) for w in base.weights])
    sgd = keras.optimizers.SGD(0.1)
    member.compile(sgd, "binary_crossentropy", metrics=["accuracy"])
    member.fit(x[200:], y[200:], batch_size=10, epochs=10, verbose=0, shuffle=False)
    members.append(member)

average = keras.models.clone_model(base)
by_position = zip(*[m.trainable_weights for m in members])
for target, sources in zip(average.trainable_weights, by_position):
    values = [keras.ops.convert_to_numpy(s) for s in sources]
    target.assign(np.mean(values, axis=0))
average.compile(loss="binary_crossentropy", metrics=["accuracy"])

for name, model in [(f"member {i}", m) for i, m in enumerate(members)]:
    loss, acc = model.evaluate(x_test, y_test, verbose=0)
    print(f"{name}: loss {loss:.3f}, accuracy {acc:.3f}")
    #> member 0: loss 0.059, accuracy 0.990
    #> member 1: loss 0.064, accuracy 1.000
    #> member 2: loss 0.064, accuracy 0.985
loss, acc = average.evaluate(x_test, y_test, verbose=0)
print(f"average of different starts: loss {loss:.3f}, accuracy {acc:.3f}")
#> average of different starts: loss 0.222, accuracy 0.900
