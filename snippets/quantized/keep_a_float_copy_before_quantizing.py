import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input((4,), name="x")
hidden = keras.layers.Dense(8, name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(2, name="head")(hidden), name="net")
x = np.random.RandomState(0).normal(size=(8, 4)).astype("float32")

float_copy = keras.models.clone_model(model)  # new variables ...
float_copy.set_weights(model.get_weights())  # ... holding the float values

result = model.quantize("int8")  # rewrites `model` itself
print("quantize returns:", result)
#> quantize returns: None
print("source:", [f"{w.path} {w.dtype}" for w in model.get_layer("hidden").weights])
#> source: ['hidden/bias float32', 'hidden/kernel int8', 'hidden/kernel_scale float32']
copy_layer = float_copy.get_layer("hidden")
print("float copy:", [f"{w.path} {w.dtype}" for w in copy_layer.weights])
#> float copy: ['hidden/kernel float32', 'hidden/bias float32']
print("policy, source:", model.get_layer("hidden").dtype_policy.name)
#> policy, source: int8_from_float32
print("policy, float copy:", copy_layer.dtype_policy.name)
#> policy, float copy: float32
int8_out = keras.ops.convert_to_numpy(model(x))
float_out = keras.ops.convert_to_numpy(float_copy(x))
print("outputs equal:", np.array_equal(int8_out, float_out))
#> outputs equal: False
print("outputs close (atol 0.05):", np.allclose(int8_out, float_out, atol=0.05))
#> outputs close (atol 0.05): True
try:
    model.quantize("int8")
except ValueError as e:
    print("quantize again:", type(e).__name__, "-", str(e).split(" with ")[0])
    #> quantize again: ValueError - Layer 'hidden' is already quantized
print("a dequantize method:", any("dequant" in name for name in dir(model)))
#> a dequantize method: False
