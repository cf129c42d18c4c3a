"""Hidden tests for longest_common_subsequence: small random pairs checked against every
subsequence, then pairs of 1000 letters, where plain recursion branches twice at every
mismatch and never finishes.

`python generator.py` cross-checks the reference against a brute force over every
subsequence of the shorter string, on random small inputs and on the JSON tests.
"""

import json
import random
import string
from itertools import combinations
from pathlib import Path

LEN_MAX = 1000


def reference(text1, text2):
    # prev[j]: the answer for the letters of text1 seen so far and text2[:j].
    prev = [0] * (len(text2) + 1)
    for a in text1:
        cur = [0]
        for j, b in enumerate(text2):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def _is_subsequence(small, big):
    letters = iter(big)
    return all(c in letters for c in small)


def brute(text1, text2):
    short, other = sorted((text1, text2), key=len)
    for size in range(len(short), 0, -1):
        for pick in combinations(short, size):
            if _is_subsequence(pick, other):
                return size
    return 0


def _case(name, text1, text2):
    for t in (text1, text2):
        assert 1 <= len(t) <= LEN_MAX and set(t) <= set(string.ascii_lowercase)
    return {"name": name, "args": [text1, text2], "expected": reference(text1, text2)}


def _word(rng, n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def generate():
    rng = random.Random(20261143)
    cases = []
    for i in range(5):
        letters = rng.choice(["ab", "abc", "abcdef"])
        cases.append(_case(f"small-random-{i + 1}", _word(rng, rng.randint(1, 10), letters), _word(rng, rng.randint(1, 10), letters)))
    cases.append(_case("medium-random", _word(rng, 150, "abcd"), _word(rng, 120, "abcd")))
    # Few letters in common: mismatches almost everywhere, the worst case for plain recursion.
    cases.append(_case("largest-all-letters", _word(rng, LEN_MAX, string.ascii_lowercase), _word(rng, LEN_MAX, string.ascii_lowercase)))
    # One long hidden common subsequence: text2 is text1 with letters deleted and inserted.
    base = _word(rng, LEN_MAX, "abc")
    kept = [c for c in base if rng.random() < 0.8]
    for _ in range(LEN_MAX - len(kept)):
        kept.insert(rng.randrange(len(kept) + 1), rng.choice("abc"))
    cases.append(_case("largest-edited-copy", base, "".join(kept)))
    cases.append(_case("largest-disjoint-halves", _word(rng, LEN_MAX, "abcdefghijklm"), _word(rng, LEN_MAX, "mnopqrstuvwxyz")))
    return cases


def _self_check():
    rng = random.Random(13)
    for _ in range(2000):
        letters = rng.choice(["a", "ab", "abc", "abcde"])
        t1, t2 = _word(rng, rng.randint(1, 8), letters), _word(rng, rng.randint(1, 8), letters)
        assert reference(t1, t2) == brute(t1, t2), (t1, t2)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:5]:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



SCALED_MAX = 2048


def scaled(n, seed):
    """Two texts of n letters over four letters."""
    rng = random.Random(seed)
    n = max(n, 1)
    return [_word(rng, n, "abcd"), _word(rng, n, "abcd")]


if __name__ == "__main__":
    _self_check()
