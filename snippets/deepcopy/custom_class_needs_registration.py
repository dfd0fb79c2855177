import copy

import keras


class Scale(keras.layers.Layer):
    def __init__(self, factor=2.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor


try:
    copy.deepcopy(Scale(3.0, name="scale"))
except TypeError as e:
    print("error:", type(e).__name__, "-", str(e).split(".")[0])
    #> error: TypeError - Could not locate class 'Scale'

with keras.saving.custom_object_scope({"Scale": Scale}):  # name it for this copy...
    dup = copy.deepcopy(Scale(3.0, name="scale"))
print("copied in custom_object_scope:", type(dup).__name__, dup.factor)
#> copied in custom_object_scope: Scale 3.0


@keras.saving.register_keras_serializable(package="deepcopy_docs")  # ...or register it
class RegisteredScale(Scale):
    pass


dup = copy.deepcopy(RegisteredScale(3.0, name="scale"))
print("registered copy:", type(dup).__name__, dup.factor)
#> registered copy: RegisteredScale 3.0
