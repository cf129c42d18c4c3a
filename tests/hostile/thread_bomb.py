# expect: RTE
# Starts threads until the process limit refuses one; the refusal is a crash of the call.
import threading
import time


def shout(word):
    threads = []
    while True:
        t = threading.Thread(target=time.sleep, args=(60,), daemon=True)
        t.start()
        threads.append(t)
