import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
model.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=3, verbose=0)

clone = keras.models.clone_model(model)
print(clone.compiled, type(clone.optimizer).__name__)  # compiled from the config...
#> True Adam
print(clone.optimizer is model.optimizer)  # ...with a new optimizer
#> False
print(round(float(clone.optimizer.learning_rate), 4))
#> 0.01
print(int(model.optimizer.iterations.numpy()), int(clone.optimizer.iterations.numpy()))
#> 3 0
