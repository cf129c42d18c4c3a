# expect: TLE
# Sleeps while being imported, before any test.
import time

time.sleep(3600)


def shout(word):
    return word.upper() + "!"
