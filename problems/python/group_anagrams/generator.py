"""Large hidden tests for group_anagrams: up to 10^4 strings, too many to compare pairwise.

LeetCode's constraints hold for every test (asserted in `_case`, and for the JSON tests by
`python generator.py`): 1 <= len(strs) <= 10^4, strings of 0 to 100 lowercase letters.
"""

import json
import random
import string
from pathlib import Path

N_MAX = 10**4


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
    # 10^4 short strings, most in groups of their own: the worst case for pairwise work.
    inputs.append([word(rng, rng.randint(3, 7)) for _ in range(N_MAX)])
    # 10^4 strings of length 5 in 10 big groups.
    bases = [word(rng, 5) for _ in range(10)]
    inputs.append([shuffled(rng, rng.choice(bases)) for _ in range(N_MAX)])
    # 5000 strings of the longest length (100), in groups of 1 to 4.
    long_strs = []
    while len(long_strs) < 5000:
        base = word(rng, 100)
        long_strs += [shuffled(rng, base) for _ in range(rng.randint(1, 4))]
    rng.shuffle(long_strs)
    inputs.append(long_strs[:5000])
    # 10^4 copies of one string, and 10^4 empty strings: duplicates are all kept.
    inputs.append(["abc"] * N_MAX)
    inputs.append([""] * N_MAX)
    # Same letters in different amounts: only the counts of 'a' and 'b' tell groups apart.
    inputs.append([word(rng, 10, "ab") for _ in range(N_MAX // 2)])
    # 5000 groups of two: a string and its reversal, side by side.
    pairs = []
    for _ in range(N_MAX // 2):
        s = word(rng, 10)
        pairs += [s, s[::-1]]
    inputs.append(pairs)
    return [_case(strs) for strs in inputs]


def _case(strs):
    assert 1 <= len(strs) <= N_MAX
    assert all(len(s) <= 100 and set(s) <= set(string.ascii_lowercase) for s in strs)
    return {"args": [strs], "expected": reference(strs)}


if __name__ == "__main__":
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            got = _case(*case["args"])["expected"]
            assert sorted(map(sorted, got)) == sorted(map(sorted, case["expected"])), case
    print(f"ok: {len(generate())} generated tests")


def scaled(n, seed):
    """n words of 8 letters in about n / 2 groups of anagrams: comparing words pairwise meets
    every group for every word."""
    rng = random.Random(seed)
    bases = {word(rng, 8) for _ in range(n)}
    bases = sorted(bases)[: max(n // 2, 1)]
    strs = [shuffled(rng, bases[i % len(bases)]) for i in range(n)]
    rng.shuffle(strs)
    return [strs]
