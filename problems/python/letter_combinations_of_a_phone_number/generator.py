"""Hidden tests for letter_combinations: random digit strings of every length, the four-key
ones with the most strings (7 and 9 have four letters: 256 strings), and every single key.

`python generator.py` cross-checks the reference (itertools.product) against nested expansion
of the keypad, on every string of up to two digits, random longer ones, and the JSON tests.
"""

import json
import random
from itertools import product
from pathlib import Path

KEYS = dict(zip("23456789", ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"], strict=True))
LEN_MAX = 4


def reference(digits):
    return ["".join(p) for p in product(*(KEYS[d] for d in digits))] if digits else []


def brute(digits):
    if not digits:
        return []
    out = [""]
    for d in digits:
        out = [s + ch for s in out for ch in KEYS[d]]
    return out


def _case(digits):
    assert 0 <= len(digits) <= LEN_MAX and all(d in KEYS for d in digits)
    return {"args": [digits], "expected": reference(digits)}


def generate():
    rng = random.Random(20260717)
    cases = [_case(d) for d in "3456"]
    for n in (2, 3, 3, 4, 4, 4):
        cases.append(_case("".join(rng.choice("23456789") for _ in range(n))))
    cases += [_case("7979"), _case("9999"), _case("2222"), _case("2345")]
    return cases


def _self_check():
    rng = random.Random(17)
    short = [""] + list(KEYS) + ["".join(p) for p in product(KEYS, repeat=2)]
    longer = ["".join(rng.choice("23456789") for _ in range(rng.randint(3, 4))) for _ in range(200)]
    for digits in short + longer:
        assert sorted(reference(digits)) == sorted(brute(digits)), digits
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(*case["args"])
        assert sorted(brute(*case["args"])) == sorted(case["expected"]), case
    print(f"ok: {len(generate())} generated tests")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 16  # about 65536 strings: the answer stays under 1 MiB of JSON


def scaled(n, seed):
    """Digits whose strings number between 3n / 4 and n (keys of three letters, some swapped
    for keys of four): n drives the size of the answer."""
    rng = random.Random(seed)
    threes, fours, count = 0, 0, 1
    while count * 3 <= n:
        threes, count = threes + 1, count * 3
    while threes and count * 4 // 3 <= n:
        threes, fours, count = threes - 1, fours + 1, count * 4 // 3
    digits = [rng.choice("234568") for _ in range(threes)] + [rng.choice("79") for _ in range(fours)]
    rng.shuffle(digits)
    return ["".join(digits)]
