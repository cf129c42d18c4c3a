"""Large hidden tests for group_anagrams: up to 10^5 strings, too many to compare pairwise."""

import random
import string


def reference(strs):
    # Obviously correct: anagrams are exactly the strings with the same sorted letters.
    groups = {}
    for s in strs:
        groups.setdefault("".join(sorted(s)), []).append(s)
    return list(groups.values())


def word(rng, length, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(length))


def shuffled(rng, s):
    letters = list(s)
    rng.shuffle(letters)
    return "".join(letters)


def generate():
    rng = random.Random(20261124)
    inputs = []
    # 10^5 short strings, most in groups of their own: the worst case for pairwise work.
    inputs.append([word(rng, rng.randint(3, 7)) for _ in range(100_000)])
    # 10^5 strings of length 5 in 10 big groups.
    bases = [word(rng, 5) for _ in range(10)]
    inputs.append([shuffled(rng, rng.choice(bases)) for _ in range(100_000)])
    # 5000 strings of the longest length, in groups of 1 to 4.
    long_strs = []
    while len(long_strs) < 5000:
        base = word(rng, 100)
        long_strs += [shuffled(rng, base) for _ in range(rng.randint(1, 4))]
    rng.shuffle(long_strs)
    inputs.append(long_strs[:5000])
    # 10^5 copies of one string, and 10^5 empty strings: duplicates are all kept.
    inputs.append(["abc"] * 100_000)
    inputs.append([""] * 100_000)
    # Same letters in different amounts: only the counts of 'a' and 'b' tell groups apart.
    inputs.append([word(rng, 10, "ab") for _ in range(50_000)])
    # 25000 groups of two: a string and its reversal, side by side.
    pairs = []
    for _ in range(25_000):
        s = word(rng, 10)
        pairs += [s, s[::-1]]
    inputs.append(pairs)
    return [{"args": [strs], "expected": reference(strs)} for strs in inputs]
