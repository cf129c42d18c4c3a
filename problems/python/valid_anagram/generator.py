"""Long hidden tests for valid_anagram: near misses at the largest length (5 * 10^4).

Every test, generated or in the JSON files, stays within LeetCode's constraints:
1 <= len(s), len(t) <= 5 * 10^4, lowercase letters only (`python generator.py` checks them).
"""

import json
import random
import string
from collections import Counter
from pathlib import Path

N = 50_000


def reference(s, t):
    # Obviously correct: two strings are anagrams exactly when their sorted letters agree.
    return sorted(s) == sorted(t)


def shuffled(rng, s):
    letters = list(s)
    rng.shuffle(letters)
    return "".join(letters)


def generate():
    rng = random.Random(20261123)
    pairs = []
    s = "".join(rng.choice(string.ascii_lowercase) for _ in range(N))
    pairs.append((s, shuffled(rng, s)))  # a true anagram at full length
    # One letter of t replaced by a different one, at the very end of the shuffle.
    t = shuffled(rng, s)
    pairs.append((s, t[:-1] + ("a" if t[-1] != "a" else "b")))
    # Same length and letter set; one 'a' of s became a 'z' in t.
    base = "".join(rng.choice("az") for _ in range(N - 2))
    pairs.append(("a" + base + "a", shuffled(rng, "z" + base + "a")))
    pairs.append(("z" * N, "z" * N))  # one letter repeated
    pairs.append((s, shuffled(rng, s)[:-1]))  # t is one letter short
    # Few distinct letters, big counts that differ by one between two letters.
    u = "".join(rng.choice("xy") for _ in range(N - 1))
    pairs.append((u + "x", shuffled(rng, u + "y")))
    pairs.append(("z", "z" * N))  # the shortest s against the longest t
    # Equal sums of letter codes: an 'a' and a 'c' of s stand as two 'b's in t.
    v = "".join(rng.choice("abcdef") for _ in range(N - 2))
    pairs.append((shuffled(rng, v + "ac"), shuffled(rng, v + "bb")))
    return [_case(a, b) for a, b in pairs]


def _case(s, t):
    assert 1 <= len(s) <= N and 1 <= len(t) <= N, (len(s), len(t))
    assert set(s + t) <= set(string.ascii_lowercase)
    return {"args": [s, t], "expected": reference(s, t)}


def _self_check():
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(*case["args"])
            s, t = case["args"]
            assert (Counter(s) == Counter(t)) == case["expected"], case
    cases = generate()
    for case in cases:
        s, t = case["args"]
        assert (Counter(s) == Counter(t)) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """Two strings of n letters, one a shuffle of the other: every letter must be looked at."""
    rng = random.Random(seed)
    s = "".join(rng.choice(string.ascii_lowercase) for _ in range(n))
    return [s, shuffled(rng, s)]
