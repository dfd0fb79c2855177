import keras
from keras.backend import standardize_dtype

keras.config.set_dtype_policy("mixed_float16")
try:
    inputs = keras.Input((4,), name="x")
    logits = keras.layers.Dense(3, name="logits")(inputs)
    as_is = keras.Model(inputs, keras.layers.Activation("softmax")(logits))
    probs = keras.layers.Activation("softmax", dtype="float32", name="probs")(logits)
    fixed = keras.Model(inputs, probs)
finally:
    keras.config.set_dtype_policy("float32")

x = keras.ops.ones((2, 4))
print("output dtype, all mixed:", standardize_dtype(as_is(x).dtype))
#> output dtype, all mixed: float16
print("output dtype, float32 softmax:", standardize_dtype(fixed(x).dtype))
#> output dtype, float32 softmax: float32
clone = keras.models.clone_model(fixed)
print("clone, probs policy:", clone.get_layer("probs").dtype_policy.name)
#> clone, probs policy: float32
print("clone, output dtype:", standardize_dtype(clone(x).dtype))
#> clone, output dtype: float32
