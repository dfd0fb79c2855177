import keras

inputs = keras.Input((3,))
h = keras.layers.Dense(4, name="h")(inputs)
h = keras.layers.BatchNormalization(name="bn")(h)
h = keras.layers.Dropout(0.5, name="drop")(h)
model = keras.Model(inputs, keras.layers.Dense(1, name="o")(h), name="net")

print(len(model.weights), len(model.get_weights()))
#> 8 8
print(len(model.trainable_weights), len(model.non_trainable_weights))
#> 6 2
trainable = {id(w) for w in model.trainable_weights}
print([w.name for w in model.weights if id(w) not in trainable])
#> ['moving_mean', 'moving_variance']

# model.variables also holds random-seed state, here the Dropout layer's
print(len(model.variables) - len(model.weights))
#> 1
drop = model.get_layer("drop")
print(len(drop.variables), len(drop.weights))
#> 1 0
print([v.name for v in drop.variables])
#> ['seed_generator_state']
