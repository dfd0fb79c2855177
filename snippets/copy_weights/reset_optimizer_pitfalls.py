import keras
import numpy as np

x, y = np.linspace(0, 1, 24).reshape(8, 3), np.ones((8, 1))


def trained():  # a model trained one epoch with an Adam object of its own
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)], name="net")
    model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
    model.fit(x, y, batch_size=4, verbose=0)
    return model, model.optimizer


def moved_by_fit(m):  # fit once more; did any weight change?
    before = m.get_weights()
    m.fit(x, y, batch_size=4, verbose=0)
    return any(not np.array_equal(a, b) for a, b in zip(before, m.get_weights()))


model, adam = trained()
for v in adam.variables:  # every variable, the learning rate included
    v.assign(keras.ops.zeros(v.shape, v.dtype))
rate = float(keras.ops.convert_to_numpy(adam.learning_rate))
print("learning rate after zeroing all:", rate)
#> learning rate after zeroing all: 0.0
moved = moved_by_fit(model)
print("steps:", int(adam.iterations), "| weights moved by fit:", moved)
#> steps: 2 | weights moved by fit: False

model, adam = trained()  # a second model, its optimizer untouched
copy = keras.models.clone_model(model)
copy.compile(optimizer=adam, loss="mse")  # the source's optimizer object
try:  # built for model's variables, not copy's
    moved = moved_by_fit(copy)
    result = f"fit runs, steps {int(adam.iterations)} | weights moved: {moved}"
except ValueError as e:
    result = f"{type(e).__name__} - {str(e).split(': <')[0]}"
print("copy compiled with model's optimizer:", result)
#> copy compiled with model's optimizer: ValueError - Unknown variable
