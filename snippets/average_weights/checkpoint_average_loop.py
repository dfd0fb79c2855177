import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(600, 4)).astype("float32")
clean = (x @ [1.0, -2.0, 0.5, 1.0] > 0).astype("float32")
noisy = np.where(rng.random(600) < 0.2, 1 - clean, clean)  # 20% labels flipped
x_test, y_test = x[:200], clean[:200]

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, "relu")])
model.add(keras.layers.Dense(1, "sigmoid"))
model.set_weights([rng.normal(scale=0.5, size=w.shape) for w in model.weights])
model.compile(keras.optimizers.SGD(0.5), "binary_crossentropy")

snapshots = []  # one copy of the trainable weights after every epoch
keep = keras.callbacks.LambdaCallback(
    on_epoch_end=lambda epoch, logs: snapshots.append(
        [keras.ops.convert_to_numpy(w) for w in model.trainable_weights]
    )
)
model.fit(x[200:], noisy[200:], 8, 20, verbose=0, shuffle=False, callbacks=[keep])
print("snapshots kept:", len(snapshots))
#> snapshots kept: 20

averaged = keras.models.clone_model(model)
last = snapshots[-10:]  # average the last 10 epochs
for target, values in zip(averaged.trainable_weights, zip(*last)):
    target.assign(np.mean(values, axis=0))

probe = keras.models.clone_model(model)  # evaluates each of the last 10 alone
for m in (probe, averaged):
    m.compile(loss="binary_crossentropy", metrics=["accuracy"])
accuracies = []
for weights in last:
    probe.set_weights(weights)
    accuracies.append(probe.evaluate(x_test, y_test, verbose=0)[1])
print(f"last 10 epochs alone: accuracy {min(accuracies):.3f} to {max(accuracies):.3f}")
#> last 10 epochs alone: accuracy 0.860 to 0.870
loss, acc = averaged.evaluate(x_test, y_test, verbose=0)
print(f"average of the last 10: loss {loss:.3f}, accuracy {acc:.3f}")
#> average of the last 10: loss 0.397, accuracy 0.870
