import keras
import numpy as np


class BatchTarget(keras.metrics.Metric):  # the last batch's target, as a metric
    def __init__(self):
        super().__init__(name="target")
        self.value = self.add_variable(shape=(), initializer="zeros")

    def update_state(self, y_true, y_pred, sample_weight=None):
        self.value.assign(keras.ops.mean(y_true))

    def result(self):
        return keras.ops.convert_to_tensor(self.value)


seen = []
record = keras.callbacks.LambdaCallback(
    on_train_batch_end=lambda batch, logs: seen.append(round(logs["target"]))
)
keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse", metrics=[BatchTarget()])
x = np.arange(8.0).reshape(8, 1)  # sample i has the target i
model.fit(x, x, batch_size=1, shuffle=False, epochs=2, verbose=0, callbacks=[record])
print("fit(shuffle=False), batches seen:", seen)
#> fit(shuffle=False), batches seen: [0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7]
seen.clear()
model.fit(x, x, batch_size=1, verbose=0, callbacks=[record])  # shuffle=True
print("fit(), batches in order:", seen == list(range(8)))
#> fit(), batches in order: False
print("fit(), each sample once:", sorted(seen) == list(range(8)))
#> fit(), each sample once: True
