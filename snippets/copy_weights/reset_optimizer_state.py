import keras
import numpy as np

x, y = np.linspace(0, 1, 24).reshape(8, 3), np.ones((8, 1))
dense = keras.layers.Dense(1, kernel_initializer="zeros", name="o")
model = keras.Sequential([keras.Input((3,)), dense], name="net")
start = first = model.get_weights()  # every fold starts from these weights


def momentum(opt):  # the kernel's first momentum entry; None before a step
    slot = [v for v in opt.variables if v.name == "net_o_kernel_momentum"]
    if slot:
        return round(float(keras.ops.convert_to_numpy(slot[0])[0, 0]), 4)


def fold(opt, compile=True):  # one cross-validation fold; what opt started with
    model.set_weights(start)
    if compile:
        model.compile(optimizer=opt, loss="mse")
    state = f"steps {int(opt.iterations)} | momentum {momentum(opt)}"
    model.fit(x, y, batch_size=4, epochs=2, shuffle=False, verbose=0)
    repeats = all(np.allclose(a, b) for a, b in zip(first, model.get_weights()))
    return state + f" | repeats fold 1: {repeats}"


sgd = keras.optimizers.SGD(0.1, momentum=0.9)
config = sgd.get_config()  # the settings, taken before fold 1
fold(sgd)
first = model.get_weights()  # what a fold from the start gives
print("fold 1 ends with: steps", int(sgd.iterations), "| momentum", momentum(sgd))
#> fold 1 ends with: steps 4 | momentum 0.0195
print("same object starts with:", fold(sgd))  # compiled again: state kept
#> same object starts with: steps 4 | momentum 0.0195 | repeats fold 1: False
for v in sgd.variables:  # reset it in place, learning rate aside
    if v.name != "learning_rate":
        v.assign(keras.ops.zeros(v.shape, v.dtype))
print("zeroed, not compiled again:", fold(sgd, compile=False))
#> zeroed, not compiled again: steps 0 | momentum 0.0 | repeats fold 1: True
print("new object starts with:", fold(keras.optimizers.SGD.from_config(config)))
#> new object starts with: steps 0 | momentum None | repeats fold 1: True
