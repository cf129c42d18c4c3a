"""Hidden tests for length_of_longest_substring: small random strings checked against every
substring, then strings of the maximum length over small and full alphabets."""

import random

PRINTABLE = "".join(chr(c) for c in range(32, 127))  # the 95 printable ASCII characters


def reference(s):
    # From each start, grow the substring until a character repeats. At most 95 steps each.
    best = 0
    for i in range(len(s)):
        seen = set()
        for ch in s[i:]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best


def every_substring(s):
    n = len(s)
    return max(
        [0] + [j - i for i in range(n) for j in range(i + 1, n + 1) if len(set(s[i:j])) == j - i]
    )


def generate():
    rng = random.Random(20261202)
    cases = []

    def add(name, s, known=None):
        expected = reference(s)
        if known is not None:
            assert expected == known, name
        cases.append({"name": name, "args": [s], "expected": expected})

    for i in range(40):
        alphabet = rng.choice(["ab", "abc", "abcdef", "a b!", PRINTABLE])
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert reference(s) == every_substring(s)
        add(f"small-random-{i + 1}", s)
    for i in range(3):
        add(f"medium-random-{i + 1}", "".join(rng.choice(PRINTABLE) for _ in range(2000)))

    n = 50_000
    add("large-random-printable", "".join(rng.choice(PRINTABLE) for _ in range(n)))
    add("large-random-letters", "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)))
    add("large-two-letters", "".join(rng.choice("xy") for _ in range(n)))
    add("large-all-same", "q" * n, known=1)
    add("large-all-spaces", " " * n, known=1)
    add("large-cycle", (PRINTABLE * (n // 95 + 1))[:n], known=95)
    # Short runs all along, then every printable character once at the very end.
    head = "".join(rng.choice("abcde") for _ in range(n - 95))
    tail = list(PRINTABLE)
    rng.shuffle(tail)
    add("large-distinct-at-end", head + "".join(tail), known=95)
    return cases


def scaled(n, seed):
    """n random printable characters: every substring is a candidate."""
    rng = random.Random(seed)
    return ["".join(rng.choice(PRINTABLE) for _ in range(n))]
