import textwrap

import keras


def doubled_relu(x):  # a plain function, not registered
    return keras.ops.relu(x) * 2.0


x = keras.Input((3,), name="x")
model = keras.Model(x, keras.layers.Dense(2, activation=doubled_relu, name="d")(x))

try:
    keras.models.clone_model(model)
except TypeError as e:
    print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 60))
    #> error: TypeError - Error when deserializing class 'Dense' using [...]
    print("because:", str(e).split("Exception encountered: ")[1].split(".")[0])
    #> because: Could not locate function 'doubled_relu'

try:  # clone_model has no custom_objects argument...
    keras.models.clone_model(model, custom_objects={"doubled_relu": doubled_relu})
except ValueError as e:
    print("error:", type(e).__name__, "-", e)
    #> error: ValueError - Unexpected keyword argument(s): ('custom_objects',)

# ...so put the names in scope around the call (or register the function).
with keras.saving.custom_object_scope({"doubled_relu": doubled_relu}):
    clone = keras.models.clone_model(model)
print("cloned activation:", clone.get_layer("d").activation is doubled_relu)
#> cloned activation: True
