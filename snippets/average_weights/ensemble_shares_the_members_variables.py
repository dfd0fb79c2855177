import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(64, 4)).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 0).astype("float32")
base = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1, "sigmoid")])
members = []
for i in range(2):
    member = keras.models.clone_model(base)
    member.name = f"member_{i}"
    member.set_weights([rng.normal(size=w.shape) for w in base.get_weights()])
    members.append(member)


def train_ensemble(parts, label):
    inputs = keras.Input((4,))
    ensemble = keras.Model(inputs, keras.layers.Average()([p(inputs) for p in parts]))
    shared = ensemble.weights[0] is members[0].weights[0]
    before = [m.get_weights() for m in members]
    ensemble.compile(keras.optimizers.SGD(0.5), "binary_crossentropy")
    ensemble.fit(x, y, epochs=2, verbose=0)
    moved = any(
        not np.array_equal(b, a)
        for m, ws in zip(members, before)
        for b, a in zip(ws, m.get_weights())
    )
    print(f"{label}: same variable {shared}, fit changed the members {moved}")
    #> ensemble of the members: same variable True, fit changed the members True
    #> ensemble of copies: same variable False, fit changed the members False


train_ensemble(members, "ensemble of the members")
copies = []
for member in members:  # the fix: an ensemble of copies
    twin = keras.models.clone_model(member)  # keeps the name: unique names
    twin.set_weights(member.get_weights())
    copies.append(twin)
train_ensemble(copies, "ensemble of copies")
