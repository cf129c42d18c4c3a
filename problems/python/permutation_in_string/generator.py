"""Hidden tests for check_inclusion: small random pairs checked against every rearrangement of
s1, then pairs of length up to 10^4 where the only matching window is the last one, or none
is, so sorting or counting every window is too slow.

LeetCode's constraints hold for every test (asserted in `add`, and for the JSON tests by
`python generator.py`): 1 <= len(s1), len(s2) <= 10^4, lowercase letters only.
"""

import json
import random
import string
from pathlib import Path
from array import array
from itertools import accumulate, permutations

N_MAX = 10**4


def reference(s1, s2):
    # A window s2[i:i+m] matches when, for every letter, prefix counts differ by s1's count.
    m, n = len(s1), len(s2)
    if m > n:
        return False
    starts = [True] * (n - m + 1)
    for c in set(s1) | set(s2):
        need = s1.count(c)
        prefix = array("i", accumulate((ch == c for ch in s2), initial=0))
        starts = [ok and prefix[i + m] - prefix[i] == need for i, ok in enumerate(starts)]
    return any(starts)


def every_rearrangement(s1, s2):
    return any("".join(p) in s2 for p in permutations(s1))


def generate():
    rng = random.Random(20261204)
    cases = []

    def add(name, s1, s2, known=None):
        _check_constraints(s1, s2)
        expected = reference(s1, s2)
        if known is not None:
            assert expected == known, name
        cases.append({"name": name, "args": [s1, s2], "expected": expected})

    def word(alphabet, n):
        return "".join(rng.choice(alphabet) for _ in range(n))

    def shuffled(s):
        letters = list(s)
        rng.shuffle(letters)
        return "".join(letters)

    for i in range(40):
        alphabet = rng.choice(["ab", "abc", "abcd"])
        s1, s2 = word(alphabet, rng.randint(1, 6)), word(alphabet, rng.randint(1, 12))
        assert reference(s1, s2) == every_rearrangement(s1, s2)
        add(f"small-random-{i + 1}", s1, s2)
    for i in range(3):
        s1 = word("abcde", rng.randint(20, 200))
        s2 = word("abcde", 2000)
        if i == 0:
            s2 = s2[:1000] + shuffled(s1) + s2[1000:]
        add(f"medium-random-{i + 1}", s1, s2)

    n = N_MAX
    letters = string.ascii_lowercase
    s1 = word(letters, n // 2)
    add("large-match-at-end", s1, word(letters, n // 2) + shuffled(s1), known=True)
    s1 = word(letters[:25], 3000)
    add("large-no-match", s1, word(letters[:25], n), known=False)
    # Every window of s2 misses one letter of s1 by exactly one.
    base = word(letters, 4000)
    s1 = base[:-1] + "q"
    s2 = (base[:-1] + "r") * 2 + word("r", n - 8000)
    add("large-near-miss", s1, s2[:n], known=False)
    add("large-all-a-no-match", "a" * 5000, ("a" * 4999 + "b") * 2, known=False)
    add("large-all-a-match-at-end", "a" * 5000, "b" * 5000 + "a" * 5000, known=True)
    add("large-s1-longer", word(letters, n), word(letters, n - 1), known=False)
    s1 = word(letters, n)
    add("large-same-length", s1, shuffled(s1), known=True)
    add("large-single-letter-at-end", "z", word(letters[:25], n - 1) + "z", known=True)
    return cases


def _check_constraints(s1, s2):
    assert 1 <= len(s1) <= N_MAX and 1 <= len(s2) <= N_MAX, (len(s1), len(s2))
    assert set(s1 + s2) <= set(string.ascii_lowercase)


if __name__ == "__main__":
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _check_constraints(*case["args"])
            assert reference(*case["args"]) == case["expected"], case
            if len(case["args"][0]) <= 7:
                assert every_rearrangement(*case["args"]) == case["expected"], case
    print(f"ok: {len(generate())} generated tests")


def scaled(n, seed):
    """s1 of n / 2 letters, s2 of n letters with a rearrangement of s1 only at its end: every
    window of length n / 2 is a candidate."""
    rng = random.Random(seed)
    half = max(n // 2, 1)
    s1 = "".join(rng.choice(string.ascii_lowercase) for _ in range(half))
    letters = list(s1)
    rng.shuffle(letters)
    head = "".join(rng.choice(string.ascii_lowercase) for _ in range(half))
    return [s1, head + "".join(letters)]
