import copy

import keras


def build():
    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(8, name="hidden")(inputs)  # global policy
    half = keras.layers.Dense(8, name="half", dtype="mixed_float16")(hidden)
    return keras.Model(inputs, keras.layers.Dense(2, name="head")(half))


def describe(model):
    return [f"{lay.name} {lay.dtype_policy.name}" for lay in model.layers[1:]]


model = build()  # under the default global policy, float32
keras.config.set_dtype_policy("mixed_float16")
try:
    print("global policy now:", keras.config.dtype_policy().name)
    #> global policy now: mixed_float16
    print("clone_model:", describe(keras.models.clone_model(model)))
    #> clone_model: ['hidden float32', 'half mixed_float16', 'head float32']
    print("from_config:", describe(keras.Model.from_config(model.get_config())))
    #> from_config: ['hidden float32', 'half mixed_float16', 'head float32']
    print("copy.deepcopy:", describe(copy.deepcopy(model)))
    #> copy.deepcopy: ['hidden float32', 'half mixed_float16', 'head float32']
    print("rebuilt:", describe(build()))
    #> rebuilt: ['hidden mixed_float16', 'half mixed_float16', 'head mixed_float16']
finally:
    keras.config.set_dtype_policy("float32")
