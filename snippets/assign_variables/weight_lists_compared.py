import keras

inputs = keras.Input((3,))
h = keras.layers.Dense(4, name="h")(inputs)
h = keras.layers.BatchNormalization(name="bn")(h)
h = keras.layers.Dropout(0.5, name="drop")(h)
model = keras.Model(inputs, keras.layers.Dense(1, name="o")(h), name="net")

print("weights:", len(model.weights), "| get_weights():", len(model.get_weights()))
#> weights: 8 | get_weights(): 8
print("trainable_weights:", [w.name for w in model.trainable_weights])
#> trainable_weights: ['kernel', 'bias', 'gamma', 'beta', 'kernel', 'bias']
print("non_trainable_weights:", [w.name for w in model.non_trainable_weights])
#> non_trainable_weights: ['moving_mean', 'moving_variance']

# model.variables also holds random-seed state, here the Dropout layer's
print("variables:", len(model.variables))
#> variables: 9
extra = [v.name for v in model.variables if all(v is not w for w in model.weights)]
print("in variables, not in weights:", extra)
#> in variables, not in weights: ['seed_generator_state']
drop = model.get_layer("drop")
print("drop variables:", len(drop.variables), "| drop weights:", len(drop.weights))
#> drop variables: 1 | drop weights: 0
