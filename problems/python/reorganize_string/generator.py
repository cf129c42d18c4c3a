"""Hidden tests for reorganize_string: random small strings, then strings of LeetCode's 500
letters, with the most frequent letter just within the limit ((n + 1) // 2 copies) and just
past it, one letter only, and all 26 letters.

Searching the arrangements letter by letter (backtracking) cannot finish on a long string
that has no arrangement. Any valid arrangement is accepted (checker.py); the expected answer
is the reference's. `python generator.py` checks the reference's answers with the checker,
and that it says "" exactly when an exhaustive search over orders finds no arrangement.
"""

import heapq
import json
import random
import string
from collections import Counter
from itertools import permutations
from pathlib import Path

N_MAX = 500


def reference(s):
    """Place the most frequent letter that differs from the last one placed."""
    heap = [(-c, ch) for ch, c in Counter(s).items()]
    heapq.heapify(heap)
    out = []
    while heap:
        c, ch = heapq.heappop(heap)
        if out and out[-1] == ch:
            if not heap:
                return ""
            c2, ch2 = heapq.heapreplace(heap, (c, ch))
            c, ch = c2, ch2
        out.append(ch)
        if c + 1:
            heapq.heappush(heap, (c + 1, ch))
    return "".join(out)


def valid(s, out):
    """Whether out is right for s: an arrangement with no equal neighbours, or "" when
    none exists."""
    if out == "":
        return not brute_possible(s)
    return Counter(out) == Counter(s) and all(a != b for a, b in zip(out, out[1:]))


def brute_possible(s):
    """Whether some arrangement exists: lay the most frequent letter on every other place."""
    return max(Counter(s).values()) <= (len(s) + 1) // 2


def brute(s):
    """Whether any order of the letters has no equal neighbours (tiny s only)."""
    return any(all(a != b for a, b in zip(p, p[1:])) for p in set(permutations(s)))


def _case(name, s):
    assert 1 <= len(s) <= N_MAX and all(ch in string.ascii_lowercase for ch in s)
    expected = reference(s)
    assert valid(s, expected), name
    return {"name": name, "args": [s], "expected": expected}


def _mix(rng, counts):
    letters = [ch for ch, c in counts.items() for _ in range(c)]
    rng.shuffle(letters)
    return "".join(letters)


def generate():
    rng = random.Random(20260421)
    cases = []
    for i in range(8):
        alphabet = string.ascii_lowercase[: rng.randint(2, 6)]
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 30)))
        cases.append(_case(f"small-{i + 1}", s))
    n = N_MAX
    others = string.ascii_lowercase[1:]
    rest = Counter(rng.choice(others) for _ in range(n // 2))
    cases.append(_case("largest-half-a", _mix(rng, {"a": n // 2, **rest})))
    rest = Counter(rng.choice(others) for _ in range(n // 2 - 1))
    cases.append(_case("largest-impossible-many-letters", _mix(rng, {"a": n // 2 + 1, **rest})))
    cases.append(_case("largest-two-letters", _mix(rng, {"q": 250, "r": 250})))
    cases.append(_case("largest-one-letter", "z" * n))
    spread = Counter(rng.choice(string.ascii_lowercase) for _ in range(n))
    cases.append(_case("largest-all-letters", _mix(rng, spread)))
    odd = Counter(rng.choice(others[:3]) for _ in range(N_MAX // 2 - 1))
    cases.append(_case("odd-length-tight", _mix(rng, {"m": N_MAX // 2, **odd})))
    return cases


def _self_check():
    import importlib.util

    spec = importlib.util.spec_from_file_location("checker", Path(__file__).with_name("checker.py"))
    checker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker)
    check = checker.check
    rng = random.Random(43)
    for _ in range(3000):
        alphabet = string.ascii_lowercase[: rng.randint(1, 4)]
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
        got = reference(s)
        assert (got != "") == brute(s) == brute_possible(s), s
        assert valid(s, got) and check([s], got, got)[0], s
    for _ in range(500):
        s = "".join(rng.choice("abcdef"[: rng.randint(1, 6)]) for _ in range(rng.randint(1, 60)))
        got = reference(s)
        assert check([s], got, got)[0], s
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        s = case["args"][0]
        assert check([s], case["expected"], case["expected"])[0], case
        if len(s) <= 7:
            assert (case["expected"] != "") == brute(s), case
    print(f"ok: {len(generate())} generated tests, {sum(c['expected'] == '' for c in cases)} impossible")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n letters, the most frequent one just within the limit ((n + 1) // 2 copies)."""
    rng = random.Random(seed)
    top = (n + 1) // 2
    letters = ["e"] * top + [rng.choice("abcdfghijklmnopqrstuvwxyz") for _ in range(n - top)]
    rng.shuffle(letters)
    return ["".join(letters)]
