import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)


def model_around(layer):
    return keras.Sequential([keras.Input((4, 3)), layer, keras.layers.Dense(1)])


def lstms_change_in_fit(model):
    model.compile(optimizer="sgd", loss="mse")
    before = [keras.ops.convert_to_numpy(w) for w in model.layers[0].weights]
    model.fit(np.ones((2, 4, 3)), np.ones((2, 1)), verbose=0)
    after = [keras.ops.convert_to_numpy(w) for w in model.layers[0].weights]
    return any((a != b).any() for a, b in zip(before, after))


argument = keras.layers.Bidirectional(keras.layers.LSTM(2), trainable=False)
attribute = keras.layers.Bidirectional(keras.layers.LSTM(2))
attribute.trainable = False
by_argument, by_attribute = model_around(argument), model_around(attribute)

print("argument: layer.trainable:", argument.trainable)
#> argument: layer.trainable: False
print("argument: forward LSTM trainable:", argument.forward_layer.trainable)
#> argument: forward LSTM trainable: True
print("argument: model's trainable weights:", len(by_argument.trainable_weights))
#> argument: model's trainable weights: 8
print("argument: fit changes the LSTMs:", lstms_change_in_fit(by_argument))
#> argument: fit changes the LSTMs: True
clone = keras.models.clone_model(by_argument)
print("argument: clone's fit changes them:", lstms_change_in_fit(clone))
#> argument: clone's fit changes them: True

print("attribute: forward LSTM trainable:", attribute.forward_layer.trainable)
#> attribute: forward LSTM trainable: False
print("attribute: model's trainable weights:", len(by_attribute.trainable_weights))
#> attribute: model's trainable weights: 2
print("attribute: fit changes the LSTMs:", lstms_change_in_fit(by_attribute))
#> attribute: fit changes the LSTMs: False
clone = keras.models.clone_model(by_attribute)
print("attribute: clone's fit changes them:", lstms_change_in_fit(clone))
#> attribute: clone's fit changes them: False
path = os.path.join(tempfile.mkdtemp(), "frozen.keras")
by_attribute.save(path)
reloaded = keras.models.load_model(path)
print("attribute: reloaded model's fit changes them:", lstms_change_in_fit(reloaded))
#> attribute: reloaded model's fit changes them: False

wrapped = keras.layers.TimeDistributed(keras.layers.Dense(2), trainable=False)
alone = keras.Sequential([keras.Input((4, 3)), wrapped])
print("TimeDistributed argument: trainable weights:", len(alone.trainable_weights))
#> TimeDistributed argument: trainable weights: 2
