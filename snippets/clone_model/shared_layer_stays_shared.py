import keras
import numpy as np

keras.utils.set_random_seed(0)

x = keras.Input((4,), name="x")
shared = keras.layers.Dense(4, name="shared")  # one layer, called twice
model = keras.Model(x, shared(shared(x)), name="net")

clone = keras.models.clone_model(model)
print("clone layers:", [layer.name for layer in clone.layers])
#> clone layers: ['x', 'shared']
print("weights, source and clone:", len(model.weights), len(clone.weights))
#> weights, source and clone: 2 2
print("parameters, source and clone:", model.count_params(), clone.count_params())
#> parameters, source and clone: 20 20
twin = clone.get_layer("shared")
print("same layer:", twin is shared, "same kernel:", twin.kernel is shared.kernel)
#> same layer: False same kernel: False

# Same values in, same function out: the clone applies its one layer twice too.
clone.set_weights(model.get_weights())  # 2 arrays fit 2 weights
data = np.ones((1, 4), "float32")
outputs = [keras.ops.convert_to_numpy(m(data)) for m in (model, clone)]
print("clone computes the source's function:", np.allclose(*outputs))
#> clone computes the source's function: True
