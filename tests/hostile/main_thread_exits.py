# expect: RTE
# Hands the worker's loop to a second thread, then ends the main thread alone with a raw
# exit system call. A process whose main thread has ended shows no memory in /proc (no
# VmHWM or VmRSS, statm all zeros), so memory held from then on went unmeasured: 400 MB
# under a 256 MB limit was accepted. The supervisor stops such a worker: a runtime error.
import ctypes
import queue
import sys
import threading
import time

LIBC = ctypes.CDLL(None)
HOARD = []

frame = sys._getframe()
while frame is not None and "channel" not in frame.f_locals:
    frame = frame.f_back
channel, handle = frame.f_locals["channel"], frame.f_locals["handle"]
real_send = channel.send
answers = queue.Queue()


def leader_gone():
    with open("/proc/self/status") as f:
        return "\nVmRSS:" not in f.read()


def serve():
    answer = answers.get()
    while not leader_gone():
        time.sleep(0.001)
    HOARD.append(bytearray(64 << 20))  # held while no memory shows
    real_send(answer)
    while True:
        real_send(handle(channel.receive()))


def send_then_end(answer):
    answers.put(answer)
    LIBC.syscall(60, 0)  # exit: this thread alone ends (ctypes let go of the GIL)


channel.send = send_then_end
threading.Thread(target=serve).start()


def shout(word):
    return word.upper() + "!"
