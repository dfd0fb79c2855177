# TensorFlow only: tf.distribute is TensorFlow's own API.
import tensorflow as tf

tf.constant(1.0) + 1.0  # any op makes TensorFlow initialize its devices

cpu = tf.config.list_physical_devices("CPU")[0]
try:
    tf.config.set_logical_device_configuration(
        cpu, [tf.config.LogicalDeviceConfiguration()] * 3
    )
except RuntimeError as e:
    print("error:", type(e).__name__, "-", e)
    #> error: RuntimeError - Virtual devices cannot be modified after being initialized
