import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(64, 4)).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 0).astype("float32")
L = keras.layers
base = keras.Sequential([keras.Input((4,)), L.Dense(8, name="body"), L.Dense(1)])
start = [rng.normal(scale=0.5, size=w.shape) for w in base.get_weights()]
members = []
for i in range(3):  # fine-tune the head only: the body is frozen after cloning
    member = keras.models.clone_model(base)
    member.set_weights(start)
    member.get_layer("body").trainable = False
    member.compile(keras.optimizers.SGD(0.1), "binary_crossentropy")
    member.fit(x[i::3], y[i::3], epochs=5, verbose=0)
    members.append(member)
fixed = keras.models.clone_model(members[0])
fixed.set_weights(members[0].get_weights())  # the frozen layers' values first
soups = {"clone of the start": base, "clone of a member": members[0]}
soups = {label: keras.models.clone_model(m) for label, m in soups.items()}
by_position = list(zip(*[m.trainable_weights for m in members]))
for label, soup in {**soups, "clone + set_weights": fixed}.items():
    try:  # average the trainable weights, position by position
        for target, ws in zip(soup.trainable_weights, by_position):
            target.assign(np.mean([keras.ops.convert_to_numpy(w) for w in ws], axis=0))
        body = keras.ops.convert_to_numpy(soup.get_layer("body").kernel)
        result = f"body kept {np.allclose(body, start[0])}"
    except ValueError as e:
        result = type(e).__name__
    print(f"{label}: trainable {len(soup.trainable_weights)} -> {result}")
    #> clone of the start: trainable 4 -> ValueError
    #> clone of a member: trainable 2 -> body kept False
    #> clone + set_weights: trainable 2 -> body kept True
fixed.compile(keras.optimizers.SGD(0.1), "binary_crossentropy")  # one step further
fixed.fit(x, y, epochs=2, verbose=0)
body = keras.ops.convert_to_numpy(fixed.get_layer("body").kernel)
print("body unchanged by fit:", np.allclose(body, start[0]))
#> body unchanged by fit: True
