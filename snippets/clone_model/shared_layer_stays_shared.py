import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
shared = keras.layers.Dense(4, name="shared")  # one layer, called twice
model = keras.Model(x, shared(shared(x)), name="net")

clone = keras.models.clone_model(model)
print([layer.name for layer in clone.layers])  # still one layer...
#> ['x', 'shared']
print(len(model.weights), len(clone.weights))  # ...one kernel and one bias
#> 2 2
print(model.count_params(), clone.count_params())
#> 20 20
twin = clone.get_layer("shared")
print(twin is shared, twin.kernel is shared.kernel)  # new layer, new variables
#> False False

# Same values in, same function out: the clone applies its one layer twice too.
clone.set_weights(model.get_weights())  # 2 arrays fit 2 weights
data = np.ones((1, 4))
print(np.allclose(model.predict(data, verbose=0), clone.predict(data, verbose=0)))
#> True
