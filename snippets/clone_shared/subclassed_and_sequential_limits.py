import textwrap

import keras
import numpy as np


class Head(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(1, name="dense")

    def call(self, x):
        return self.dense(x)


subclassed = Head(name="head")
subclassed(np.ones((1, 3), "float32"))
try:  # a subclassed model has no graph to replay
    keras.models.clone_model(subclassed, clone_function=lambda layer: layer)
except ValueError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: ValueError - Arguments `clone_function` and `input_tensors` are [...]

sequential = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)], name="seq")
try:  # a Sequential model lists layers, it does not call them at construction
    keras.models.clone_model(
        sequential,
        clone_function=lambda layer: layer,
        call_function=lambda layer, *args, **kwargs: layer(*args, **kwargs),
    )
except ValueError as e:  # Keras's message starts "`call_function`"
    error = e
print("error:", type(error).__name__, "-", str(error).split(".")[0])
#> error: ValueError - `call_function` argument is not supported with Sequential models

twin = keras.models.clone_model(sequential, clone_function=lambda layer: layer)
print("twin type:", type(twin).__name__)
#> twin type: Sequential
print("same layer:", twin.layers[0] is sequential.layers[0])
#> same layer: True
