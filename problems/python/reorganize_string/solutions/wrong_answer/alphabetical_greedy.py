from collections import Counter


# Greedy on the wrong key: takes the first letter in alphabetical order that differs from
# the last one, not the most frequent, and gets stuck on strings that can be arranged.
def reorganize_string(s):
    counts = Counter(s)
    out = []
    for _ in range(len(s)):
        for ch in sorted(counts):
            if counts[ch] and (not out or out[-1] != ch):
                out.append(ch)
                counts[ch] -= 1
                break
        else:
            return ""
    return "".join(out)
