import keras
import numpy as np

keras.utils.set_random_seed(0)
x, y = np.random.rand(8, 3), np.random.rand(8, 1)
body = keras.layers.Dense(4, name="body", trainable=False)  # frozen at compile
model = keras.Sequential([keras.Input((3,)), body, keras.layers.Dense(1)])
optimizer = keras.optimizers.SGD(0.1)
model.compile(optimizer=optimizer, loss="mse")
model.fit(x, y, epochs=2, verbose=0)  # builds the optimizer for what trains now

body.trainable = True  # unfreeze, then compile again with the same optimizer object
model.compile(optimizer=optimizer, loss="mse")
try:
    model.fit(x, y, verbose=0)
except ValueError as e:
    print("old optimizer:", type(e).__name__, "-", str(e).split(":")[0])
    #> old optimizer: ValueError - Unknown variable
    print("the message ends:", str(e).split(", ")[-1])
    #> the message ends: you should recreate a new optimizer instance.

new = keras.optimizers.SGD(0.1)
model.compile(optimizer=new, loss="mse")  # a new optimizer
before = keras.ops.convert_to_numpy(body.kernel)
model.fit(x, y, verbose=0)
trained = not np.array_equal(before, keras.ops.convert_to_numpy(body.kernel))
print("new optimizer, unfrozen layer trains:", trained)
#> new optimizer, unfrozen layer trains: True
old_steps, new_steps = (
    int(keras.ops.convert_to_numpy(o.iterations)) for o in (optimizer, new)
)
print("steps counted, old optimizer:", old_steps, "| new one:", new_steps)
#> steps counted, old optimizer: 2 | new one: 1
