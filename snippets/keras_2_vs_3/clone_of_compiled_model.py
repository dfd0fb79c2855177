import keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1, name="d")])
model.compile(optimizer="adam", loss="mse")
clone = keras.models.clone_model(model)
print("clone is compiled:", clone.optimizer is not None)
#> clone is compiled: True
print("same optimizer object:", clone.optimizer is model.optimizer)
#> same optimizer object: False
