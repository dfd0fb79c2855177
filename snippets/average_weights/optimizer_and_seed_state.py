import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(64, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)
base = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8)])
base.add(keras.layers.Dropout(0.2, seed=1))
base.add(keras.layers.Dense(1))
members = []
for epochs in (1, 2):
    member = keras.models.clone_model(base)
    member.compile("adam", "mse")
    member.fit(x, y, batch_size=16, epochs=epochs, verbose=0)
    members.append(member)
in_weights = any("seed" in w.path for w in base.weights)
state = next(v for v in base.variables if "seed" in v.path)
print("seed state in weights:", in_weights, "| integer dtype:", "int" in state.dtype)
#> seed state in weights: False | integer dtype: True
member_weights = [id(w) for w in members[0].weights]
found = any(id(v) in member_weights for v in members[0].optimizer.variables)
print("optimizer variables in weights:", found)
#> optimizer variables in weights: False
steps = [int(m.optimizer.iterations) for m in members]
print("optimizer steps:", steps, "| their mean:", np.mean(steps))
#> optimizer steps: [4, 8] | their mean: 6.0
average = keras.models.clone_model(base)
for target, *sources in zip(average.weights, *[m.weights for m in members]):
    target.assign(np.mean([keras.ops.convert_to_numpy(s) for s in sources], axis=0))
average.compile(members[0].optimizer, "mse")  # a member's optimizer, reused
try:  # with that member's step counter and moments
    average.fit(x, y, batch_size=16, epochs=1, verbose=0)
    result = f"steps {int(average.optimizer.iterations)}"
except ValueError as e:
    result = type(e).__name__
print("member's optimizer on the average:", result)
#> member's optimizer on the average: ValueError
average.compile("adam", "mse")  # a fresh optimizer for the average
average.fit(x, y, batch_size=16, epochs=1, verbose=0)
print("fresh optimizer steps after one epoch:", int(average.optimizer.iterations))
#> fresh optimizer steps after one epoch: 4
