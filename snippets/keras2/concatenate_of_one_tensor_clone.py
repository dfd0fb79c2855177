# Keras 2 code: runs under tf_keras (pip install tf-keras); Keras 3 loads its file.
import tempfile

import keras as keras3  # Keras 3, installed beside tf_keras: it loads the file
import tf_keras as keras


def build(merge_one):
    x = keras.Input((1, 2), name="input")
    parts = [x]  # e.g. one feature group out of a list that can have several
    if merge_one or len(parts) > 1:
        joined = keras.layers.Concatenate()(parts)
    else:  # the workaround: no Concatenate for a single tensor
        joined = parts[0]
    return keras.Model(x, keras.layers.Dense(3, name="head")(joined))


model = build(merge_one=True)
print("Keras 2 builds it:", model.output.shape)
#> Keras 2 builds it: (None, 1, 3)
try:
    keras.models.clone_model(model)
except ValueError as e:  # the clone calls Concatenate on a tensor, not a list
    print("clone_model:", type(e).__name__, "-", str(e).split(" of at")[0])
    #> clone_model: ValueError - A `Concatenate` layer should be called on a list
    print("it received one shape, not a list:", str(e).split("Received: ")[1])
    #> it received one shape, not a list: input_shape=(None, 1, 2)

path = tempfile.mkdtemp() + "/one_input_concat.h5"
model.save(path)  # saves without complaint, then loads in neither Keras
for name, lib in {"Keras 2": keras, "Keras 3": keras3}.items():
    try:
        lib.models.load_model(path)
    except ValueError as e:
        print(name, "load_model(.h5):", str(e).split(" of at")[0])
        #> Keras 2 load_model(.h5): A `Concatenate` layer should be called on a list
        #> Keras 3 load_model(.h5): A `Concatenate` layer should be called on a list

clone = keras.models.clone_model(build(merge_one=False))
print("without the one-input Concatenate:", clone.output.shape)
#> without the one-input Concatenate: (None, 1, 3)
