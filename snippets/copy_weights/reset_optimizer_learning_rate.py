import keras
import numpy as np

x, y = np.linspace(0, 1, 24).reshape(8, 3), np.ones((8, 1))
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)], name="net")
start = first = model.get_weights()  # every fold starts from these weights
halve = keras.callbacks.LearningRateScheduler(lambda epoch, lr: lr * 0.5)


def lr(opt):  # the optimizer's learning rate now
    return round(float(keras.ops.convert_to_numpy(opt.learning_rate)), 4)


def fold(opt):  # one fold, whose callback halves the learning rate each epoch
    model.set_weights(start)
    model.compile(optimizer=opt, loss="mse")
    rate = lr(opt)
    model.fit(x, y, 4, epochs=2, shuffle=False, callbacks=[halve], verbose=0)
    repeats = all(np.allclose(a, b) for a, b in zip(first, model.get_weights()))
    return f"lr {rate} | repeats fold 1: {repeats}"


sgd = keras.optimizers.SGD(0.1, momentum=0.9)
config = sgd.get_config()  # taken before fold 1
fold(sgd)
first = model.get_weights()  # what a fold from the start gives
print("config taken after fold 1:", fold(type(sgd).from_config(sgd.get_config())))
#> config taken after fold 1: lr 0.025 | repeats fold 1: False
print("config taken before fold 1:", fold(type(sgd).from_config(config)))
#> config taken before fold 1: lr 0.1 | repeats fold 1: True
for v in sgd.variables:  # in place: zero the state, then put the first rate back
    if v.name != "learning_rate":
        v.assign(keras.ops.zeros(v.shape, v.dtype))
print("zeroed in place: lr", lr(sgd), "| steps", int(sgd.iterations))
#> zeroed in place: lr 0.025 | steps 0
sgd.learning_rate.assign(config["learning_rate"])
print("zeroed, first rate put back:", fold(sgd))
#> zeroed, first rate put back: lr 0.1 | repeats fold 1: True
