# expect: TLE
# Sleeps far past the limit.
import time


def shout(word):
    time.sleep(3600)
