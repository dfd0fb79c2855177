import keras
import numpy as np
from joblib import Parallel, delayed


def train_there(config, weights, compile_config=None):  # runs in a worker process
    model = keras.Model.from_config(config)
    model.set_weights(weights)
    if compile_config is not None:
        model.compile_from_config(compile_config)  # the parent's compile() arguments
    compiled = model.compiled
    try:
        model.fit(np.ones((4, 4)), np.ones((4, 2)), verbose=0)
        return compiled, "trained"
    except ValueError as e:  # config and weights carry no optimizer, no loss
        return compiled, f"{type(e).__name__} - {e}"


if __name__ == "__main__":
    keras.utils.set_random_seed(0)
    x = keras.Input((4,), name="x")
    model = keras.Model(x, keras.layers.Dense(2, name="head")(x), name="net")
    model.compile(optimizer="adam", loss="mse")  # compiled in the parent
    sent = [model.get_config(), model.get_weights()]
    tasks = [
        delayed(train_there)(*sent),
        delayed(train_there)(*sent, model.get_compile_config()),
    ]
    results = Parallel(n_jobs=2, idle_worker_timeout=1)(tasks)
    (compiled, fit), (compiled_too, fit_too) = results
    print("config and weights, compiled in the worker:", compiled)
    #> config and weights, compiled in the worker: False
    print("fit:", fit)
    #> fit: ValueError - You must call `compile()` before using the model.
    print("with get_compile_config(), compiled:", compiled_too, "| fit:", fit_too)
    #> with get_compile_config(), compiled: True | fit: trained
