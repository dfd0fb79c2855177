import os
import tempfile
import textwrap

import keras


class Scale(keras.layers.Layer):  # get_config is generated from __init__ arguments
    def __init__(self, factor=2.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor


@keras.saving.register_keras_serializable(package="serialization_docs")
class RegisteredScale(Scale):
    pass


x = keras.Input((3,), name="x")
plain = keras.Model(x, Scale(3.0, name="scale")(x), name="plain")
registered = keras.Model(x, RegisteredScale(3.0, name="scale")(x), name="registered")
print("generated config holds factor:", plain.get_layer("scale").get_config()["factor"])
#> generated config holds factor: 3.0

with tempfile.TemporaryDirectory() as tmp:
    plain_path = os.path.join(tmp, "plain.keras")
    registered_path = os.path.join(tmp, "registered.keras")
    plain.save(plain_path)  # saving works either way
    registered.save(registered_path)
    print("saved:", sorted(os.listdir(tmp)))
    #> saved: ['plain.keras', 'registered.keras']

    try:
        keras.models.load_model(plain_path)
    except TypeError as e:  # Keras's message starts "<class"
        print("error:", type(e).__name__, "-", textwrap.shorten(str(e), 56))
        #> error: TypeError - <class 'keras.src.models.functional.Functional'> [...]
        print("because:", str(e).split("Exception encountered: ")[1].split(".")[0])
        #> because: Could not locate class 'Scale'

    layer = keras.models.load_model(registered_path).get_layer("scale")
    print("registered:", type(layer).__name__, layer.factor)
    #> registered: RegisteredScale 3.0
    print("stored as:", keras.saving.get_registered_name(RegisteredScale))
    #> stored as: serialization_docs>RegisteredScale

    # Or name the class at load time.
    loaded = keras.models.load_model(plain_path, custom_objects={"Scale": Scale})
    print("with custom_objects:", type(loaded.get_layer("scale")).__name__)
    #> with custom_objects: Scale
