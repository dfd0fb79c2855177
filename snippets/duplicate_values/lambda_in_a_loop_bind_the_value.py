import os
import tempfile
import textwrap
import threading

import keras
import numpy as np

data = np.array([[1.0, 2.0, 3.0]], "float32")


def columns(make):  # make(i) gives what takes column i; the columns are joined again
    x = keras.Input((3,))
    return keras.Model(x, keras.layers.Concatenate()([make(i)(x) for i in range(3)]))


def reload(model, safe_mode):
    path = os.path.join(tempfile.mkdtemp(), "columns.keras")
    model.save(path)
    loaded = keras.models.load_model(path, safe_mode=safe_mode)
    return loaded.predict(data, verbose=0).tolist()


Lambda = keras.layers.Lambda
by_arguments = columns(
    lambda i: Lambda(lambda t, i: t[:, i : i + 1], arguments={"i": i})
)
print("arguments={'i': i}:", by_arguments.predict(data, verbose=0).tolist())
#> arguments={'i': i}: [[1.0, 2.0, 3.0]]
print("arguments={'i': i}, loaded:", reload(by_arguments, safe_mode=False))
#> arguments={'i': i}, loaded: [[1.0, 2.0, 3.0]]
try:  # clone_model rebuilds each layer from its config, as load_model does
    keras.models.clone_model(by_arguments)
except ValueError as e:
    print("clone:", type(e).__name__, "-", str(e).split(" whose ")[0])
    #> clone: ValueError - Requested the deserialization of a `Lambda` layer
by_default = columns(lambda i: Lambda(lambda t, i=i: t[:, i : i + 1]))
print("i=i:", by_default.predict(data, verbose=0).tolist())
#> i=i: [[1.0, 2.0, 3.0]]
try:
    reload(by_default, safe_mode=False)
except TypeError as e:  # Keras's message starts "<class"
    print("i=i, load:", type(e).__name__, "-", textwrap.shorten(str(e), 56))
    #> i=i, load: TypeError - <class 'keras.src.models.functional.Functional'> [...]
    print("then:", str(e).splitlines()[-1])
    #> then: Exception encountered: arg 4 (defaults) must be None or tuple
no_lambda = columns(lambda i: lambda t: t[:, i : i + 1])  # sliced at once, no layer
print("no Lambda, loaded in safe mode:", reload(no_lambda, safe_mode=True))
#> no Lambda, loaded in safe mode: [[1.0, 2.0, 3.0]]
keras.config.enable_unsafe_deserialization()  # this thread, until clear_session()
clone = keras.models.clone_model(by_arguments)
print("clone_model, unsafe mode:", clone.predict(data, verbose=0).tolist())
#> clone_model, unsafe mode: [[1.0, 2.0, 3.0]]


def clones():  # clone_model of the same model: works, or the error's type
    try:
        keras.models.clone_model(by_arguments)
    except ValueError as e:
        return type(e).__name__
    return "works"


in_thread = []  # what clones() gives in another thread
thread = threading.Thread(target=lambda: in_thread.append(clones()))
thread.start()
thread.join()
print("another thread, clone:", in_thread[0])
#> another thread, clone: ValueError
keras.backend.clear_session()
print("after clear_session(), clone:", clones())
#> after clear_session(), clone: ValueError
