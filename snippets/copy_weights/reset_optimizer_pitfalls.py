import keras
import numpy as np

x, y = np.linspace(0, 1, 24).reshape(8, 3), np.ones((8, 1))
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)], name="net")
adam = keras.optimizers.Adam(0.1)
model.compile(optimizer=adam, loss="mse")
model.fit(x, y, batch_size=4, verbose=0)

for v in adam.variables:  # every variable, the learning rate included
    v.assign(keras.ops.zeros(v.shape, v.dtype))
rate = float(keras.ops.convert_to_numpy(adam.learning_rate))
print("learning rate after zeroing all:", rate)
#> learning rate after zeroing all: 0.0
before = model.get_weights()
model.fit(x, y, batch_size=4, verbose=0)
moved = any(not np.array_equal(a, b) for a, b in zip(before, model.get_weights()))
print("steps:", int(adam.iterations), "| weights moved by fit:", moved)
#> steps: 2 | weights moved by fit: False

copy = keras.models.clone_model(model)
copy.compile(optimizer=adam, loss="mse")  # the source's optimizer object
try:  # built for model's variables, not copy's
    copy.fit(x, y, batch_size=4, verbose=0)
    result = f"trains, steps {int(adam.iterations)}"
except ValueError as e:
    result = f"{type(e).__name__} - {str(e).split(': <')[0]}"
print("copy compiled with model's optimizer:", result)
#> copy compiled with model's optimizer: ValueError - Unknown variable
