import keras
import numpy as np

x, y = np.linspace(0, 1, 24).reshape(8, 3), np.ones((8, 1))
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)], name="net")
start = first = model.get_weights()  # every fold starts from these weights


def repeats(opt, compile=True):  # one fold from the start: does it end as fold 1?
    model.set_weights(start)
    if compile:
        model.compile(optimizer=opt, loss="mse")
    model.fit(x, y, batch_size=4, epochs=2, shuffle=False, verbose=0)
    return all(np.allclose(a, b) for a, b in zip(first, model.get_weights()))


decay = keras.optimizers.schedules.ExponentialDecay(0.1, 1, 0.5)
scheduled = keras.optimizers.Adam(decay)  # its rate is computed from the step count
optimizers = [keras.optimizers.RMSprop(0.1), scheduled, keras.optimizers.Adagrad(0.1)]
for opt in optimizers + [keras.optimizers.Nadam(0.1), keras.optimizers.Ftrl(0.1)]:
    new = type(opt).from_config(opt.get_config())  # config taken before fold 1
    new.build(model.trainable_variables)  # to read the values its state starts at
    state = [v for v in new.variables if v.name != "learning_rate"]
    top = max(keras.ops.convert_to_numpy(v).max() for v in state)
    repeats(opt)  # fold 1
    first = model.get_weights()
    for v in opt.variables:  # the in-place reset
        if v.name != "learning_rate":
            v.assign(keras.ops.zeros(v.shape, v.dtype))
    zeroed = f"zeroed repeats {repeats(opt, compile=False)}"
    fresh = f"new object repeats {repeats(new)}"
    name = "Adam(schedule)" if opt is scheduled else type(opt).__name__
    print(f"{name}: max at start {top:.1f} | {zeroed} | {fresh}")
    #> RMSprop: max at start 0.0 | zeroed repeats True | new object repeats True
    #> Adam(schedule): max at start 0.0 | zeroed repeats True | new object repeats True
    #> Adagrad: max at start 0.1 | zeroed repeats False | new object repeats True
    #> Nadam: max at start 1.0 | zeroed repeats False | new object repeats True
    #> Ftrl: max at start 0.1 | zeroed repeats False | new object repeats True
print("schedule's rate has assign:", hasattr(scheduled.learning_rate, "assign"))
#> schedule's rate has assign: False
