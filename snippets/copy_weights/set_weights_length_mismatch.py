import keras

src = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)], name="src")
deeper = keras.Sequential(
    [keras.Input((3,)), keras.layers.Dense(4), keras.layers.Dense(1)], name="deeper"
)

print(len(src.get_weights()), len(deeper.weights))
#> 2 4
try:
    deeper.set_weights(src.get_weights())  # 2 arrays for 4 variables
except ValueError as e:
    print(type(e).__name__, str(e).split(" with ", 1)[1])
    #> ValueError a weight list of length 2, but the layer was expecting 4 weights.
