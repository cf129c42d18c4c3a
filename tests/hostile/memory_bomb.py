# expect: MLE
# Allocates and touches memory without end.


def shout(word):
    hoard = []
    while True:
        hoard.append(bytearray(16 << 20))
