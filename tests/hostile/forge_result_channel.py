# expect: RTE
# Writes a forged `done` and then junk straight onto the result channel: the host must see
# that the channel was tampered with instead of trusting it.
import os
import stat


def _channels():
    for fd in range(3, 64):
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            yield fd


for _fd in _channels():
    os.write(_fd, b'{"event": "done"}\nnot json\n')


def shout(word):
    return word.upper() + "!"
