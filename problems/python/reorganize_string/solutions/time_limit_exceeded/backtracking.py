from collections import Counter


# Correct, but searches the arrangements letter by letter and backs up on a dead end: when
# no arrangement exists it tries an astronomical number of them.
def reorganize_string(s):
    counts = Counter(s)
    out = []

    def place():
        if len(out) == len(s):
            return True
        for ch in sorted(counts):
            if counts[ch] and (not out or out[-1] != ch):
                counts[ch] -= 1
                out.append(ch)
                if place():
                    return True
                out.pop()
                counts[ch] += 1
        return False

    return "".join(out) if place() else ""
