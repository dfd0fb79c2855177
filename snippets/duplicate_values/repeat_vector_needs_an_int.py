import keras

sequence = keras.Input((None, 3), name="sequence")  # any number of time steps
code = keras.layers.LSTM(4, name="encoder")(sequence)  # (batch, 4)

# The repeat count the reader wants: the sequence's time axis.
steps = keras.ops.shape(sequence)[1]
print("time steps when the model is built:", steps)
#> time steps when the model is built: None

try:
    keras.layers.RepeatVector(steps, name="repeat")(code)
except TypeError as e:
    message, got = str(e).split(", got ")
    print("RepeatVector(steps):", type(e).__name__, "-", message)
    #> RepeatVector(steps): TypeError - Expected an integer value for `n`
    print("got:", got)
    #> got: <class 'NoneType'>.

# A tensor is refused too, even one that holds an int.
try:
    keras.layers.RepeatVector(keras.ops.convert_to_tensor(5), name="repeat")
except TypeError as e:
    print("RepeatVector(tensor):", type(e).__name__, "-", str(e).split(", got ")[0])
    #> RepeatVector(tensor): TypeError - Expected an integer value for `n`

# A fixed int works, but then every sequence must have that many steps.
print("RepeatVector(5):", tuple(keras.layers.RepeatVector(5)(code).shape))
#> RepeatVector(5): (None, 5, 4)
