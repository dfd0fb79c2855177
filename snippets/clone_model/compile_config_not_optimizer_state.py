import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
model.fit(np.ones((8, 4)), np.zeros((8, 2)), epochs=3, verbose=0)

clone = keras.models.clone_model(model)
print("clone compiled:", clone.compiled, "optimizer:", type(clone.optimizer).__name__)
#> clone compiled: True optimizer: Adam
print("same optimizer object:", clone.optimizer is model.optimizer)
#> same optimizer object: False
rate = float(keras.ops.convert_to_numpy(clone.optimizer.learning_rate))
print("clone learning rate:", round(rate, 4))
#> clone learning rate: 0.01
steps = [
    int(keras.ops.convert_to_numpy(m.optimizer.iterations)) for m in (model, clone)
]
print("optimizer steps, source and clone:", steps)
#> optimizer steps, source and clone: [3, 0]
