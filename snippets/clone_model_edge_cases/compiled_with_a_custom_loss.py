import keras
import numpy as np

keras.utils.set_random_seed(0)


def my_loss(y_true, y_pred):  # a plain function, not registered
    return keras.ops.mean(keras.ops.square(y_true - y_pred))


x = keras.Input((3,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x))
model.compile(optimizer="adam", loss=my_loss)
data = np.ones((4, 3)), np.zeros((4, 2))
try:  # the clone of a compiled model is compiled from model.get_compile_config()
    keras.models.clone_model(model)
except TypeError as e:
    print(f"clone_model: {type(e).__name__} - {str(e).split('. ')[0]}")
    #> clone_model: TypeError - Could not locate function 'my_loss'

with keras.saving.custom_object_scope({"my_loss": my_loss}):  # fix 1: a scope
    clone = keras.models.clone_model(model)
clone.fit(*data, verbose=0)
print("in a scope: compiled with my_loss:", clone.loss is my_loss)
#> in a scope: compiled with my_loss: True

# Fix 2: clone an uncompiled Functional model over the same layers, then compile.
clone = keras.models.clone_model(keras.Model(model.inputs, model.outputs))
print("uncompiled view, clone compiled:", clone.compiled)
#> uncompiled view, clone compiled: False
clone.compile(optimizer="adam", loss=my_loss)
clone.fit(*data, verbose=0)
print("its own head:", clone.get_layer("head") is not model.get_layer("head"))
#> its own head: True

keras.saving.register_keras_serializable("clone_docs")(my_loss)  # fix 3: register it
clone = keras.models.clone_model(model)
print("registered: compiled with my_loss:", clone.loss is my_loss)
#> registered: compiled with my_loss: True
