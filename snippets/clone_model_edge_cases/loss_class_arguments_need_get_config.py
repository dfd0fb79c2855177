import os
import tempfile

import keras


class ScaledMSE(keras.losses.Loss):  # an argument, no get_config
    def __init__(self, scale=1.0, **kwargs):
        super().__init__(**kwargs)
        self.scale = scale

    def call(self, y_true, y_pred):
        return self.scale * keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


class ScaledMSEWithConfig(ScaledMSE):
    def get_config(self):  # the base config plus the argument
        return {**super().get_config(), "scale": self.scale}


x = keras.Input((3,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x))
path = os.path.join(tempfile.mkdtemp(), "model.keras")
for cls in (ScaledMSE, ScaledMSEWithConfig):
    model.compile(optimizer="adam", loss=cls(scale=100.0))
    with keras.saving.custom_object_scope({cls.__name__: cls}):
        clone = keras.models.clone_model(model)
    model.save(path)
    loaded = keras.saving.load_model(path, custom_objects={cls.__name__: cls})
    name, scales = cls.__name__, (clone.loss.scale, loaded.loss.scale)
    print(f"{name}(scale=100.0): clone, load_model scale:", *scales)
    #> ScaledMSE(scale=100.0): clone, load_model scale: 1.0 1.0
    #> ScaledMSEWithConfig(scale=100.0): clone, load_model scale: 100.0 100.0
