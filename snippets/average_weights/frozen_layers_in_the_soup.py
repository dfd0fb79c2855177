import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(64, 4)).astype("float32")
L = keras.layers
base = keras.Sequential([keras.Input((4,)), L.Dense(4, name="body"), L.Dense(4)])
start = [rng.normal(scale=0.5, size=w.shape) for w in base.get_weights()]
members = []
for i in range(3):  # fine-tune the head only: the body is frozen after cloning
    member = keras.models.clone_model(base)
    member.set_weights(start)
    member.get_layer("body").trainable = False
    member.compile(keras.optimizers.SGD(0.1), "mse")
    member.fit(x[i::3], x[i::3] * 0.5, epochs=5, verbose=0)
    members.append(member)
fixed = keras.models.clone_model(members[0])
fixed.set_weights(members[0].get_weights())  # the frozen layers' values first
soups = {"clone of the start": base, "clone of a member": members[0]}
soups = {label: keras.models.clone_model(m) for label, m in soups.items()}
paths = [w.path for w in members[0].trainable_weights]
heads = np.mean([keras.ops.convert_to_numpy(m.layers[1].kernel) for m in members], 0)
by_position = list(zip(*[m.trainable_weights for m in members]))
for label, soup in {**soups, "clone + set_weights": fixed}.items():
    same = [w.path for w in soup.trainable_weights] == paths  # the check
    for target, ws in zip(soup.trainable_weights, by_position):  # no error here
        target.assign(np.mean([keras.ops.convert_to_numpy(w) for w in ws], axis=0))
    body = keras.ops.convert_to_numpy(soup.get_layer("body").kernel)
    kept, moved = np.allclose(body, start[0]), np.allclose(body, heads)
    print(f"{label}: same paths {same}, body kept {kept}, body = head mean {moved}")
    #> clone of the start: same paths False, body kept False, body = head mean True
    #> clone of a member: same paths True, body kept False, body = head mean False
    #> clone + set_weights: same paths True, body kept True, body = head mean False
fixed.compile(keras.optimizers.SGD(0.1), "mse")  # one step further
fixed.fit(x, x * 0.5, epochs=2, verbose=0)
body = keras.ops.convert_to_numpy(fixed.get_layer("body").kernel)
print("body unchanged by fit:", np.allclose(body, start[0]))
#> body unchanged by fit: True
