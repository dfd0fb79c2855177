import keras
import numpy as np

keras.utils.set_random_seed(0)
Dense = keras.layers.Dense
level2 = keras.Sequential(
    [keras.Input((4,)), Dense(4, name="level2_dense")], name="level2"
)
x = keras.Input((4,))
level1 = keras.Model(x, level2(Dense(4, name="level1_dense")(x)), name="level1")
x = keras.Input((4,))
outer = keras.Model(x, Dense(1, name="top_dense")(level1(x)))  # two levels of nesting
reached = []


def renew(layer):  # the clone_function: a new layer from the config
    reached.append(layer.name)
    return layer.__class__.from_config(layer.get_config())


keras.models.clone_model(outer, clone_function=renew)  # recursive=False
print("recursive=False reached:", sorted(reached))
#> recursive=False reached: ['level1', 'top_dense']
reached.clear()
clone = keras.models.clone_model(outer, clone_function=renew, recursive=True)
print("recursive=True reached:", sorted(reached))
#> recursive=True reached: ['level1_dense', 'level2_dense', 'top_dense']
for label, path in [("level 1", ["level1"]), ("level 2", ["level1", "level2"])]:
    old, new = outer, clone
    for model_name in path:
        old, new = old.get_layer(model_name), new.get_layer(model_name)
    name = f"{path[-1]}_dense"
    print(f"{label}: new Dense object:", new.get_layer(name) is not old.get_layer(name))
    #> level 1: new Dense object: True
    #> level 2: new Dense object: True
kernel = level2.get_layer("level2_dense").kernel
before = keras.ops.convert_to_numpy(kernel)
clone.compile("sgd", "mse")
clone.fit(np.ones((8, 4)), np.ones((8, 1)), epochs=1, verbose=0)
unchanged = np.array_equal(before, keras.ops.convert_to_numpy(kernel))
print("clone trained, original level 2 kernel unchanged:", unchanged)
#> clone trained, original level 2 kernel unchanged: True
