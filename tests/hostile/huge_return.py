# expect: MLE
# Returns a value far larger than the memory limit allows to build and serialise.


def shout(word):
    return "x" * (400 << 20)
