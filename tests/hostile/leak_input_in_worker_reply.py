# expect: RTE
# Writes its own reply straight onto the worker's reply channel, its status the test's
# input, and exits before the worker could answer: "the worker said '<input>'".
import os
import sys

lib = sys.modules["judge_workerlib"]
REPLY = int(sys.argv[3])


def shout(word):
    os.write(REPLY, bytes(lib.protocol.frame({"status": word, "error": word})))
    os._exit(0)
