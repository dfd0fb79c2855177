import keras

keras.utils.set_random_seed(0)
source = keras.layers.Dense(2, name="source")
source.build((None, 3))

built = keras.layers.Dense(2, name="built")
built.build((None, 3))
try:
    built.kernel = source.kernel  # a built layer accepts no new variables
except ValueError as e:
    print(f"built layer: {type(e).__name__} - {e}")
    """
    built layer: ValueError - You cannot add new elements of state (variables or sub-layers) to a layer that is already built. All state must be created in the `__init__()` method or in the `build()` method.
    """
try:
    built.bias = source.bias  # `bias` is a plain attribute: refused as well
except ValueError as e:
    print("built layer, bias:", type(e).__name__)
    #> built layer, bias: ValueError

unbuilt = keras.layers.Dense(2, name="unbuilt")
try:
    unbuilt.kernel = source.kernel  # `kernel` is a property without a setter
except AttributeError as e:  # Python's message starts "property 'kernel'"
    print(f"unbuilt layer: {type(e).__name__} - {e}")
    """
    unbuilt layer: AttributeError - property 'kernel' of 'Dense' object has no setter
    """

conv = keras.layers.Conv2D(2, 3, name="conv")
try:
    conv.kernel = source.kernel
except AttributeError as e:
    print(f"unbuilt Conv2D: {type(e).__name__} - {e}")
    """
    unbuilt Conv2D: AttributeError - property 'kernel' of 'Conv2D' object has no setter
    """

print("built still has its own kernel:", built.kernel is not source.kernel)
#> built still has its own kernel: True
