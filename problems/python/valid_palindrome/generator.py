"""Hidden tests for valid_palindrome: random small strings and long ones (2 · 10^5 chars).

`python generator.py` cross-checks the reference against a brute force written from the
definition, on random small strings and on tests/hidden.json.
"""

import json
import random
import string
from pathlib import Path

ALNUM = set(string.ascii_letters + string.digits)
PUNCT = " ,.;:!?'\"-_()[]{}@#$%^&*`~/\\|<>+="
N_MAX = 200_000


def reference(s):
    kept = [ch.lower() for ch in s if ch.isalnum()]
    return kept == kept[::-1]


def brute(s):
    # Straight from the definition, with ASCII spelled out and every mirrored pair compared.
    kept = [ch.lower() for ch in s if ch in ALNUM]
    n = len(kept)
    return all(kept[k] == kept[n - 1 - k] for k in range(n))


def _noisy(rng, core, noise):
    """Randomise case and sprinkle non-alphanumeric characters between the core characters."""
    out = []
    for ch in core:
        while rng.random() < noise:
            out.append(rng.choice(PUNCT))
        out.append(ch.upper() if rng.random() < 0.5 else ch.lower())
    return "".join(out)


def _palindrome_core(rng, length, alphabet):
    half = [rng.choice(alphabet) for _ in range(length // 2)]
    middle = [rng.choice(alphabet)] if length % 2 else []
    return "".join(half + middle + half[::-1])


def _small(rng):
    alphabet = rng.choice(["ab", "aB1", string.ascii_lowercase + "0123456789"])
    length = rng.randint(1, 12)
    if rng.random() < 0.5:
        core = _palindrome_core(rng, length, alphabet)
    else:
        core = "".join(rng.choice(alphabet) for _ in range(length))
    return _noisy(rng, core, 0.3)


def generate():
    rng = random.Random(20260301)
    strings = [_small(rng) for _ in range(8)]
    alnum = string.ascii_lowercase + string.digits

    # Long palindromes in mixed case with punctuation: every character must be looked at.
    # (About 0.18 noise characters per core character keeps them under N_MAX.)
    strings.append(_noisy(rng, _palindrome_core(rng, 160_001, alnum), 0.15))
    strings.append(_noisy(rng, _palindrome_core(rng, 180_000, "aA"), 0.05))

    # The same kind of string, broken only at the two middle characters.
    core = list(_palindrome_core(rng, 160_000, "ab"))
    mid = len(core) // 2
    core[mid - 1], core[mid] = "a", "b"
    strings.append(_noisy(rng, "".join(core), 0.15))

    # A letter against a digit of the same look ("O" and "0"), at the far ends.
    strings.append("O" + _palindrome_core(rng, N_MAX - 2, "o") + "0")
    # Nothing alphanumeric at all.
    strings.append("".join(rng.choice(PUNCT) for _ in range(N_MAX)))
    # One letter repeated in random case.
    strings.append("".join(rng.choice("zZ") for _ in range(N_MAX)))
    return [_case(s) for s in strings]


def _case(s):
    # LeetCode: 1 <= len(s) <= 2 * 10^5, printable ASCII.
    assert 1 <= len(s) <= N_MAX and all(32 <= ord(c) < 127 for c in s), s[:40]
    return {"args": [s], "expected": reference(s)}


def _self_check():
    rng = random.Random(7)
    for _ in range(20_000):
        s = _small(rng)
        assert reference(s) == brute(s), s
    for s in (chr(c) * 2 + chr(d) for c in range(32, 127) for d in range(32, 127)):
        assert reference(s) == brute(s), s
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(*case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """A palindrome of about n characters, letters and digits in mixed case among punctuation:
    the whole string must be read."""
    rng = random.Random(seed)
    core = _palindrome_core(rng, max(n // 2, 1), string.ascii_lowercase + string.digits)
    return [_noisy(rng, core, 0.5)]
