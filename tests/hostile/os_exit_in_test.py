# expect: RTE
# Ends the process outright during a test, after answering the first one right.
import os

calls = []


def shout(word):
    calls.append(word)
    if len(calls) > 1:
        os._exit(0)
    return word.upper() + "!"
