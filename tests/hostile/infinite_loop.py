# expect: TLE
# A plain Python loop that never ends.


def shout(word):
    n = 0
    while True:
        n += 1
