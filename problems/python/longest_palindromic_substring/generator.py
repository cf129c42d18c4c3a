"""Hidden tests for longest_palindrome: small random strings over few letters, then strings of
1000 characters full of long palindromes, where checking every substring character by
character does about 10^8 steps.

`python generator.py` cross-checks the reference against a brute force over every substring,
on random small strings and on the JSON tests, and runs the checker on the reference's answers.
"""

import json
import random
import string
import sys
from pathlib import Path

N_MAX = 1000
ALPHABET = string.ascii_letters + string.digits


def reference(s):
    # Expand around each of the 2n - 1 centres (a character, or the gap between two).
    n = len(s)
    start, end = 0, 1
    for centre in range(2 * n - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > end - start:
            start, end = lo + 1, hi
    return s[start:end]


def brute(s):
    """Every longest palindromic substring, as a set."""
    subs = {s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1)}
    pals = [t for t in subs if t == t[::-1]]
    longest = max(map(len, pals))
    return {t for t in pals if len(t) == longest}


def _case(name, s):
    assert 1 <= len(s) <= N_MAX and all(c in ALPHABET for c in s)
    return {"name": name, "args": [s], "expected": reference(s)}


def generate():
    rng = random.Random(20260105)
    cases = []
    for i in range(6):
        letters = rng.choice(["ab", "abc", "xy1", ALPHABET])
        s = "".join(rng.choice(letters) for _ in range(rng.randint(1, 14)))
        cases.append(_case(f"small-random-{i + 1}", s))
    half = "".join(rng.choice(ALPHABET) for _ in range(150))
    noise = "".join(rng.choice(ALPHABET) for _ in range(200))
    cases.append(_case("planted-even", noise + half + half[::-1] + noise))
    # Every substring of these is a palindrome, or nearly every other one is.
    cases.append(_case("largest-all-equal", "a" * N_MAX))
    cases.append(_case("largest-alternating", "ab" * (N_MAX // 2)))
    cases.append(_case("largest-two-letters", "".join(rng.choice("ab") for _ in range(N_MAX))))
    return cases


def _self_check():
    rng = random.Random(13)
    for _ in range(2000):
        letters = rng.choice(["a", "ab", "abc", "aB1"])
        s = "".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
        assert reference(s) in brute(s), s
    here = Path(__file__).parent
    sys.path.insert(0, str(here))
    from checker import check

    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert case["expected"] in brute(*case["args"]), case
    cases = generate()
    for case in cases:
        assert check(case["args"], case["expected"], case["expected"]) == (True, ""), case
    for case in cases[:6]:
        assert case["expected"] in brute(*case["args"])
    print(f"ok: {len(cases)} generated tests, lengths {[len(c['expected']) for c in cases]}")



SCALED_MAX = 2048


def scaled(n, seed):
    """n characters over two letters: palindromes of every length start everywhere."""
    rng = random.Random(seed)
    return ["".join(rng.choice("ab") for _ in range(max(n, 1)))]


if __name__ == "__main__":
    _self_check()
