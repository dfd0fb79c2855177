# TensorFlow only: tf.distribute is TensorFlow's own API.
import keras
import numpy as np
import tensorflow as tf

# First thing: split the CPU into two logical devices. This only works before
# TensorFlow initializes its devices; if it already has, keep going (see below).
cpu = tf.config.list_physical_devices("CPU")[0]
try:
    tf.config.set_logical_device_configuration(
        cpu, [tf.config.LogicalDeviceConfiguration()] * 2
    )
except RuntimeError:
    pass

keras.utils.set_random_seed(0)
strategy = tf.distribute.MirroredStrategy(
    ["/cpu:0", "/cpu:1"], cross_device_ops=tf.distribute.ReductionToOneDevice()
)
with strategy.scope():  # variables created here are mirrored
    dense = keras.layers.Dense(1, use_bias=False, name="dense")
    model = keras.Sequential([keras.Input((2,)), dense])
    optimizer = keras.optimizers.SGD(0.5)

kernel = dense.kernel.value  # the tf.Variable behind the Keras variable
print("variable type:", type(kernel).__name__)
#> variable type: MirroredVariable
print("replicas:", strategy.num_replicas_in_sync, "components:", len(kernel.values))
#> replicas: 2 components: 2
print("same component object:", kernel.values[0] is kernel.values[1])
#> same component object: False


def rounded(tensors):  # + 0.0 turns -0.0 into 0.0
    return [
        (np.round(t.numpy().astype("float64"), 3) + 0.0).ravel().tolist()
        for t in tensors
    ]


print("components at the start:", rounded(kernel.values))
#> components at the start: [[0.044, -0.54], [0.044, -0.54]]

# One step: a batch of 2 rows, one row per replica.
x = np.array([[1.0, 0.0], [0.0, 1.0]], "float32")
y = np.array([[1.0], [-1.0]], "float32")
dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(2)
batch = next(iter(strategy.experimental_distribute_dataset(dataset)))


@tf.function
def train_step(x, y):
    def replica_step(x, y):
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum((model(x) - y) ** 2) / 2
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return grads[0]

    return strategy.run(replica_step, args=(x, y))


gradients = train_step(*batch)
print("gradient per replica:", rounded(gradients.values))  # one row each
#> gradient per replica: [[-0.956, 0.0], [0.0, 0.46]]
print("components after the step:", rounded(kernel.values))  # the same update
#> components after the step: [[0.522, -0.77], [0.522, -0.77]]
