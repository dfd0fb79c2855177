import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(loc=3.0, size=(400, 4)).astype("float32")
y = ((x - 3.0) @ [1.0, -2.0, 0.5, 1.0] > 0).astype("float32")
L = keras.layers
stack = [L.Dense(16) if i % 2 == 0 else L.BatchNormalization() for i in range(4)]
soup = keras.Sequential([keras.Input((4,)), *stack, L.Dense(1, "sigmoid")])
for w in soup.trainable_weights:  # new weights; statistics still the clone's 0 and 1
    w.assign(rng.normal(scale=0.5, size=w.shape))
soup.compile(keras.optimizers.SGD(0.1), "binary_crossentropy", metrics=["accuracy"])
norms = [layer for layer in soup.layers if isinstance(layer, L.BatchNormalization)]
feeds = keras.Model(soup.inputs[0], [bn.input for bn in norms])  # their inputs

steps = ["assigned from one pass", "one pass, momentum 0", "after 2 epochs of fit"]
for step in steps + ["one pass, momentum 0, again"]:
    if step.startswith("after"):
        soup.fit(x, y, epochs=2, verbose=0, shuffle=False)  # new weights again
    for bn, h in zip(norms if step.startswith("assigned") else [], feeds(x)):
        bn.moving_mean.assign(keras.ops.mean(h, axis=0))  # all inputs from one pass
        bn.moving_variance.assign(keras.ops.var(h, axis=0))
    if step.startswith("one pass"):  # every layer, in order, in one training pass
        for bn in norms:
            bn.momentum = 0.0  # the batch's statistics replace the held ones
        soup(x, training=True)  # x: all the training inputs, as one batch
        for bn in norms:
            bn.momentum = 0.99
    held = [v for bn in norms for v in bn.non_trainable_weights]  # mean, variance
    held = [keras.ops.convert_to_numpy(v) for v in held]
    inputs = [keras.ops.convert_to_numpy(h) for h in feeds(x)]
    now = [s for h in inputs for s in (h.mean(axis=0), h.var(axis=0))]
    match = all(np.allclose(a, b, atol=1e-3) for a, b in zip(held, now))
    acc = soup.evaluate(x, y, verbose=0)[1]
    print(f"{step}: statistics match their inputs {match}, accuracy {acc:.3f}")
    #> assigned from one pass: statistics match their inputs False, accuracy 0.530
    #> one pass, momentum 0: statistics match their inputs True, accuracy 0.530
    #> after 2 epochs of fit: statistics match their inputs False, accuracy 0.967
    #> one pass, momentum 0, again: statistics match their inputs True, accuracy 0.990
