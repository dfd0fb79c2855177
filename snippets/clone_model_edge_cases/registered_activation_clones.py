import keras


@keras.saving.register_keras_serializable(package="clone_docs")
def doubled_relu(x):
    return keras.ops.relu(x) * 2.0


x = keras.Input((3,), name="x")
model = keras.Model(x, keras.layers.Dense(2, activation=doubled_relu, name="d")(x))

config = model.get_layer("d").get_config()["activation"]
print("stored as:", config["config"])
#> stored as: clone_docs>doubled_relu
clone = keras.models.clone_model(model)  # no scope needed
print("cloned activation:", clone.get_layer("d").activation is doubled_relu)
#> cloned activation: True
