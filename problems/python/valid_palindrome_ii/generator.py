"""Hidden tests for valid_palindrome_ii: random small strings and strings of 10^5 letters.

The long strings that need a deletion need it at the far end, or need none possible, so
trying every deletion (each an O(n) copy and compare) cannot finish. `python generator.py`
cross-checks the reference against that brute force on random small inputs and on the JSON
tests.
"""

import json
import random
import string
from pathlib import Path

N_MAX = 100_000


def reference(s):
    """Only the first mirrored pair that differs matters: one of its two letters must go."""
    n = len(s)
    k = next((k for k in range(n // 2) if s[k] != s[n - 1 - k]), None)
    if k is None:
        return True
    without_left = s[:k] + s[k + 1 :]
    without_right = s[: n - 1 - k] + s[n - k :]
    return without_left == without_left[::-1] or without_right == without_right[::-1]


def brute(s):
    candidates = [s] + [s[:i] + s[i + 1 :] for i in range(len(s))]
    return any(t == t[::-1] for t in candidates)


def _palindrome(rng, length, alphabet):
    half = "".join(rng.choice(alphabet) for _ in range(length // 2))
    middle = rng.choice(alphabet) if length % 2 else ""
    return half + middle + half[::-1]


def _small(rng):
    alphabet = rng.choice(["ab", "abc", string.ascii_lowercase])
    s = _palindrome(rng, rng.randint(1, 10), alphabet)
    edits = rng.randint(0, 2)
    for _ in range(edits):
        k = rng.randrange(len(s) + 1)
        if rng.random() < 0.5 and k < len(s):
            s = s[:k] + rng.choice(alphabet) + s[k + 1 :]  # change a letter
        else:
            s = s[:k] + rng.choice(alphabet) + s[k:]  # insert a letter
    return s


def _case(s):
    assert 1 <= len(s) <= N_MAX and set(s) <= set(string.ascii_lowercase)
    return {"args": [s], "expected": reference(s)}


def generate():
    rng = random.Random(20260306)
    cases = [_case(_small(rng)) for _ in range(8)]
    n = N_MAX
    # Already a palindrome.
    cases.append(_case(_palindrome(rng, n, "ab")))
    # A palindrome plus one letter at the very end: only the last deletion works.
    cases.append(_case(_palindrome(rng, n - 1, "ab") + "z"))
    # The same at the very start.
    cases.append(_case("z" + _palindrome(rng, n - 1, "ab")))
    # Two letters changed near the two ends: no deletion works.
    s = list(_palindrome(rng, n, "ab"))
    s[3] = "y"
    s[n - 5] = "z"
    cases.append(_case("".join(s)))
    # One extra letter in the middle.
    p = _palindrome(rng, n - 1, "abc")
    cases.append(_case(p[: n // 2 - 7] + "q" + p[n // 2 - 7 :]))
    # The "abbab" trap stretched: at the mismatch the left letter looks removable (its
    # right neighbour matches) but only removing the right one works.
    side = "".join(rng.choice("ab") for _ in range((n - 5) // 2))
    cases.append(_case(side + "abbab" + side[::-1]))
    # Its mirror image, for solutions that try the right side first.
    cases.append(_case(side + "babba" + side[::-1]))
    # One letter repeated, with a different letter somewhere.
    s = ["m"] * n
    s[rng.randrange(n)] = "n"
    cases.append(_case("".join(s)))
    # Same letters throughout but for two differing letters deep inside: no deletion works.
    s = ["m"] * n
    s[n // 3] = "n"
    s[n // 2 + 11] = "o"
    cases.append(_case("".join(s)))
    return cases


def _self_check():
    rng = random.Random(23)
    for _ in range(20_000):
        s = _small(rng)
        assert reference(s) == brute(s), s
    for _ in range(20):
        s = _small(rng) * rng.randint(50, 200)
        assert reference(s) == brute(s), s
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:8]:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """A palindrome of n - 1 letters with one letter added near the far end: trying every
    deletion from the left copies the string about n times."""
    rng = random.Random(seed)
    p = _palindrome(rng, max(n - 1, 2), "ab")
    at = len(p) - 1
    return [p[:at] + ("a" if p[at] != "a" else "b") + p[at:]]
