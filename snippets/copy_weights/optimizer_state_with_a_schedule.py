import keras
import numpy as np

keras.utils.set_random_seed(0)
decay = keras.optimizers.schedules.ExponentialDecay(0.1, decay_steps=10, decay_rate=0.5)
data = np.random.rand(4, 3), np.random.rand(4, 8)


def make(learning_rate):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(8)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate), loss="mse")
    model.optimizer.build(model.trainable_weights)
    return model


def rate_variable(model):  # is learning_rate one of the optimizer's variables?
    return any(v.path.endswith("/learning_rate") for v in model.optimizer.variables)


state = lambda model: [keras.ops.convert_to_numpy(v) for v in model.optimizer.variables]
src, scheduled, twin = make(0.1), make(decay), make(decay)  # the same layers
src.train_on_batch(*data), scheduled.train_on_batch(*data)
in_src, in_scheduled = rate_variable(src), rate_variable(scheduled)
print("learning_rate variable in src:", in_src, "| in scheduled:", in_scheduled)
#> learning_rate variable in src: True | in scheduled: False
count = len(scheduled.optimizer.variables)
print("values from src:", len(state(src)), "| scheduled's variables:", count)
#> values from src: 6 | scheduled's variables: 5
try:
    scheduled.optimizer.set_weights(state(src))
except ValueError as e:
    first, second, name, rest = str(e).split(" ", 3)  # name: a variable's
    print("scheduled:", first, second, "[...]", rest[: rest.index(" not")])
    #> scheduled: Optimizer variable [...] has shape (3, 8)
    print("then:", rest[rest.index("not") :])
    #> then: not compatible with provided weight shape ().
twin.optimizer.set_weights(state(scheduled))  # a schedule into a schedule
twin.train_on_batch(*data)
print("scheduled into twin, then one step: steps", int(twin.optimizer.iterations))
#> scheduled into twin, then one step: steps 2
