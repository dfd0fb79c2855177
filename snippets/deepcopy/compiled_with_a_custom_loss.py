import copy

import keras


def my_loss(y, pred):  # a plain function, not registered
    return keras.ops.mean(keras.ops.abs(y - pred))


model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss=my_loss)
try:
    copy.deepcopy(model)
except TypeError as e:
    print("compiled with my_loss:", type(e).__name__, "-", str(e).split(".")[0])
    #> compiled with my_loss: TypeError - Could not locate function 'my_loss'

keras.saving.register_keras_serializable(package="deepcopy_docs")(my_loss)
dup = copy.deepcopy(model)
print("registered, copy compiled with my_loss:", dup.loss is my_loss)
#> registered, copy compiled with my_loss: True
