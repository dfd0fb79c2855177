import keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")], name="m")
print("variable names:", [v.name for v in model.weights])
#> variable names: ['kernel', 'bias']
print("variable paths:", [v.path for v in model.weights])
#> variable paths: ['m/d/kernel', 'm/d/bias']
