"""Hidden tests for partition_labels: random strings checked against a search over every way
to cut them, and strings of the largest length, 500.

The input is small, so any polynomial solution is fast enough: there is no too-slow solution.
`python generator.py` cross-checks the reference against the search on random small inputs
and on the JSON tests.
"""

import json
import random
import string
from itertools import combinations
from pathlib import Path

N_MAX = 500


def reference(s):
    # A piece ends where the farthest last occurrence of its letters so far is reached.
    last = {c: i for i, c in enumerate(s)}
    sizes = []
    start = end = 0
    for i, c in enumerate(s):
        end = max(end, last[c])
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    return sizes


def brute(s):
    """Every set of cut positions; keep the valid one with the most pieces."""
    n = len(s)
    best = None
    for k in range(n):
        for cuts in combinations(range(1, n), k):
            bounds = [0, *cuts, n]
            pieces = [set(s[a:b]) for a, b in zip(bounds, bounds[1:])]
            if sum(len(p) for p in pieces) == len(set(s)):  # no letter in two pieces
                best = [b - a for a, b in zip(bounds, bounds[1:])]
    return best


def _case(name, s):
    assert 1 <= len(s) <= N_MAX and set(s) <= set(string.ascii_lowercase), name
    return {"name": name, "args": [s], "expected": reference(s)}


def generate():
    rng = random.Random(20260406)
    cases = []
    for i in range(8):
        letters = string.ascii_lowercase[: rng.randint(2, 8)]
        s = "".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
        cases.append(_case(f"small-random-{i + 1}", s))
    # 500 letters, each letter in one block of random length: 26 pieces.
    sizes = [1] * 26
    for _ in range(N_MAX - 26):
        sizes[rng.randrange(26)] += 1
    letters = list(string.ascii_lowercase)
    rng.shuffle(letters)
    cases.append(_case("large-blocks", "".join(c * k for c, k in zip(letters, sizes))))
    # Blocks that overlap their neighbours by one letter: pieces chain together.
    s = "".join(rng.choice("ab") + c * 18 for c in string.ascii_lowercase[2:])[:N_MAX]
    cases.append(_case("large-chained", s + "z" * (N_MAX - len(s))))
    cases.append(_case("large-random", "".join(rng.choice(string.ascii_lowercase) for _ in range(N_MAX))))
    cases.append(_case("large-one-letter", "m" * N_MAX))
    # The first letter comes back at the very end: a single piece.
    middle = "".join(rng.choice(string.ascii_lowercase[1:]) for _ in range(N_MAX - 2))
    cases.append(_case("large-wrapped", "a" + middle + "a"))
    return cases


def _self_check():
    rng = random.Random(29)
    for _ in range(1500):
        s = "".join(rng.choice("abcd"[: rng.randint(1, 4)]) for _ in range(rng.randint(1, 9)))
        assert reference(s) == brute(s), s
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(case.get("name", "?"), *case["args"])
            (s,) = case["args"]
            if len(s) <= 14:
                assert brute(s) == case["expected"], case
            assert sum(case["expected"]) == len(s), case
    cases = generate()
    for case in cases[:8]:
        assert brute(*case["args"]) == case["expected"], case
    print(f"ok: {len(cases)} generated tests, pieces {[len(c['expected']) for c in cases]}")



def scaled(n, seed):
    """n letters in blocks over shifting groups of letters, so there are several parts."""
    rng = random.Random(seed)
    n = max(n, 1)
    block = max(1, n // 8)
    letters = string.ascii_lowercase
    return ["".join(letters[(i // block * 3 + rng.randrange(4)) % 26] for i in range(n))]


if __name__ == "__main__":
    _self_check()
