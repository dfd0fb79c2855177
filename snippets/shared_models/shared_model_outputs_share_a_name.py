import keras
import numpy as np

encoder = keras.Sequential(
    [keras.Input((3,)), keras.layers.Dense(2, kernel_initializer="zeros")],
    name="encoder",
)
a = keras.Input((3,), name="a")
b = keras.Input((3,), name="b")
x = np.ones((4, 3), "float32")
y_a, y_b = np.ones((4, 2)), np.full((4, 2), 2.0)  # branch a: loss 1, b: loss 4

# Both outputs come from the layer "encoder", so both are named "encoder".
plain = keras.Model([a, b], [encoder(a), encoder(b)], name="plain")
print("output names:", plain.output_names)
#> output names: ['encoder', 'encoder']
plain.compile(loss=["mse", "mse"])
logs = plain.evaluate([x, x], [y_a, y_b], verbose=0, return_dict=True)
print("logs:", {name: round(value, 3) for name, value in sorted(logs.items())})
#> logs: {'encoder_loss': 4.0, 'loss': 5.0}

# Name each branch with an Identity layer.
za = keras.layers.Identity(name="za")(encoder(a))
zb = keras.layers.Identity(name="zb")(encoder(b))
named = keras.Model([a, b], [za, zb], name="named")
print("output names:", named.output_names)
#> output names: ['za', 'zb']
named.compile(loss={"za": "mse", "zb": "mse"})
logs = named.evaluate([x, x], {"za": y_a, "zb": y_b}, verbose=0, return_dict=True)
print("logs:", {name: round(value, 3) for name, value in sorted(logs.items())})
#> logs: {'loss': 5.0, 'za_loss': 1.0, 'zb_loss': 4.0}
