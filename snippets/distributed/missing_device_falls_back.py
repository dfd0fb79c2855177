# TensorFlow only: tf.distribute is TensorFlow's own API.
import tensorflow as tf

# /cpu:9 does not exist: no error, the strategy still counts two replicas.
strategy = tf.distribute.MirroredStrategy(
    ["/cpu:0", "/cpu:9"], cross_device_ops=tf.distribute.ReductionToOneDevice()
)
print("replicas:", strategy.num_replicas_in_sync)
#> replicas: 2
with strategy.scope():
    v = tf.Variable(1.0)
print("component devices:", [c.device.split("/")[-1] for c in v.values])
#> component devices: ['device:CPU:0', 'device:CPU:0']
