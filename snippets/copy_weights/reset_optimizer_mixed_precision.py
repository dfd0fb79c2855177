import keras
import numpy as np

x, y = np.linspace(0, 1, 24).reshape(8, 3), np.ones((8, 1))
keras.config.set_dtype_policy("mixed_float16")  # compile adds loss scaling to it
dense = keras.layers.Dense(1, kernel_initializer="zeros")
model = keras.Sequential([keras.Input((3,)), dense], name="net")
keras.config.set_dtype_policy("float32")  # the model keeps its mixed policy
start = first = model.get_weights()  # every fold starts from these weights


def repeats(opt=None):  # one fold from the start (compiled if opt is given)
    model.set_weights(start)
    if opt is not None:
        model.compile(optimizer=opt, loss="mse")
    model.fit(x, y, batch_size=4, epochs=2, shuffle=False, verbose=0)
    return all(np.allclose(a, b) for a, b in zip(first, model.get_weights()))


def zero(opt):  # the in-place reset
    for v in opt.variables:
        if v.name != "learning_rate":
            v.assign(keras.ops.zeros(v.shape, v.dtype))


sgd = keras.optimizers.SGD(0.1, momentum=0.9)
config = sgd.get_config()  # taken before fold 1
repeats(sgd)  # fold 1
first = model.get_weights()
scale = keras.ops.convert_to_numpy(model.optimizer.dynamic_scale)  # compile's wrapper
print("model.optimizer:", type(model.optimizer).__name__, "| loss scale", int(scale))
#> model.optimizer: LossScaleOptimizer | loss scale 16384
zero(sgd)
print("sgd zeroed, not compiled again, repeats:", repeats())
#> sgd zeroed, not compiled again, repeats: False
print("new object, compiled, repeats:", repeats(type(sgd).from_config(config)))
#> new object, compiled, repeats: True
zero(sgd)
print("sgd zeroed, compiled again, repeats:", repeats(sgd))
#> sgd zeroed, compiled again, repeats: True
