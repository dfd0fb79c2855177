import keras
import numpy as np

keras.utils.set_random_seed(0)


def same_and_equal(model, clone):
    """Per weight path: (same variable?, equal values?)."""
    to_np = keras.ops.convert_to_numpy
    return {
        a.path: (a is b, np.array_equal(to_np(a), to_np(b)))
        for a, b in zip(model.weights, clone.weights)
    }


seq = keras.Sequential(
    [keras.Input((4,)), keras.layers.Dense(3, name="dense")], name="seq"
)
seq_clone = keras.models.clone_model(seq)
names = [layer.name for layer in seq_clone.layers]
print("Sequential clone:", type(seq_clone).__name__, seq_clone.name, names)
#> Sequential clone: Sequential seq ['dense']
same_count = seq_clone.count_params() == seq.count_params()
print("built:", seq_clone.built, "same parameter count:", same_count)
#> built: True same parameter count: True
for path, (same, equal) in same_and_equal(seq, seq_clone).items():
    print(f"{path}: same variable:", same, "equal values:", equal)
    #> seq/dense/kernel: same variable: False equal values: False
    #> seq/dense/bias: same variable: False equal values: True

x = keras.Input((4,), name="x")
y = keras.layers.Dense(2, name="head")(keras.layers.Dense(8, name="body")(x))
func = keras.Model(x, y, name="func")
func_clone = keras.models.clone_model(func)
names = [layer.name for layer in func_clone.layers]
print("Functional clone:", type(func_clone).__name__, func_clone.name, names)
#> Functional clone: Functional func ['x', 'body', 'head']
same_count = func_clone.count_params() == func.count_params()
print("built:", func_clone.built, "same parameter count:", same_count)
#> built: True same parameter count: True
configs = [
    a.get_config() == b.get_config() for a, b in zip(func.layers, func_clone.layers)
]
print("same layer configs:", all(configs))
#> same layer configs: True
for path, (same, equal) in same_and_equal(func, func_clone).items():
    print(f"{path}: same variable:", same, "equal values:", equal)
    #> body/kernel: same variable: False equal values: False
    #> body/bias: same variable: False equal values: True
    #> head/kernel: same variable: False equal values: False
    #> head/bias: same variable: False equal values: True
