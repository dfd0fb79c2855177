import textwrap

import keras
import numpy as np

keras.utils.set_random_seed(0)
rate = lambda model: round(float(model.optimizer.learning_rate), 3)


def make(units, lr=0.1, *extra):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(units), *extra])
    model.compile(optimizer=keras.optimizers.Adam(lr), loss="mse")
    model.optimizer.build(model.trainable_weights)  # before set_weights
    return model


src, twin, other = make(8), make(8, 0.001), make(6)  # 6: other shapes
big = make(8, 0.1, keras.layers.Dense(1))  # one layer more
src.train_on_batch(np.random.rand(4, 3), np.random.rand(4, 8))
print("optimizer has get_weights:", hasattr(src.optimizer, "get_weights"))
#> optimizer has get_weights: False
values = [keras.ops.convert_to_numpy(v) for v in src.optimizer.variables]
try:  # Keras 2 code: set_weights on an optimizer not built yet
    keras.optimizers.Adam().set_weights(values)
except ValueError as e:
    print("before build:", type(e).__name__, "-", textwrap.shorten(str(e), 56))
    #> before build: ValueError - You are calling `set_weights()` on an optimizer [...]
twin.optimizer.set_weights(values)  # the values include src's learning rate
copied = rate(twin)
twin.optimizer.learning_rate.assign(0.001)  # so set twin's own rate after copying
print("twin: steps", int(twin.optimizer.iterations), "rate", copied, "then", rate(twin))
#> twin: steps 1 rate 0.1 then 0.001
try:
    other.optimizer.set_weights(values)
except ValueError as e:
    first, second, name, rest = str(e).split(" ", 3)  # name: of other's variable
    print("other:", first, second, "[...]", rest[: rest.index(" not")])
    #> other: Optimizer variable [...] has shape (3, 6)
    print("then:", rest[rest.index("not") :])
    #> then: not compatible with provided weight shape (3, 8).
big.optimizer.set_weights(values)  # no error
print("big:", len(values), "values into", len(big.optimizer.variables), "variables")
#> big: 6 values into 10 variables
