import keras
import numpy as np

keras.utils.set_random_seed(0)


def compare(model, clone):
    """Per weight: the same variable? equal values?"""
    same = [a is b for a, b in zip(model.weights, clone.weights)]
    equal = [
        np.array_equal(a.numpy(), b.numpy())
        for a, b in zip(model.weights, clone.weights)
    ]
    return same, equal


seq = keras.Sequential(
    [keras.Input((4,)), keras.layers.Dense(3, name="dense")], name="seq"
)
seq_clone = keras.models.clone_model(seq)
print(type(seq_clone).__name__, seq_clone.name, [lay.name for lay in seq_clone.layers])
#> Sequential seq ['dense']
print(seq_clone.built, seq_clone.count_params() == seq.count_params())
#> True True
print(compare(seq, seq_clone))  # new variables; kernels differ, zero biases match
#> ([False, False], [False, True])

x = keras.Input((4,), name="x")
y = keras.layers.Dense(2, name="head")(keras.layers.Dense(8, name="body")(x))
func = keras.Model(x, y, name="func")
func_clone = keras.models.clone_model(func)
print(type(func_clone).__name__, [lay.name for lay in func_clone.layers])
#> Functional ['x', 'body', 'head']
print(func_clone.built, func_clone.count_params() == func.count_params())
#> True True
print(compare(func, func_clone))
#> ([False, False, False, False], [False, True, False, True])
