"""Hidden tests for character_replacement: small random strings checked against every
substring, then strings of length 10^5 whose best window is long (so trying every start and
growing until the window breaks is quadratic)."""

import random
from collections import Counter

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def reference(s, k):
    # Keep letter c and replace others: if the other letters sit at positions p[0..m-1], the
    # widest window replacing p[j..j+k-1] runs from just after p[j-1] to just before p[j+k].
    n = len(s)
    best = 0
    for c in set(s):
        p = [-1] + [i for i, ch in enumerate(s) if ch != c] + [n]
        m = len(p) - 2
        if m <= k:
            return n
        best = max(best, max(p[j + k + 1] - p[j] - 1 for j in range(m - k + 1)))
    return best


def every_substring(s, k):
    n = len(s)
    return max(
        j - i
        for i in range(n)
        for j in range(i + 1, n + 1)
        if j - i - max(Counter(s[i:j]).values()) <= k
    )


def generate():
    rng = random.Random(20261203)
    cases = []

    def add(name, s, k, known=None):
        expected = reference(s, k)
        if known is not None:
            assert expected == known, name
        cases.append({"name": name, "args": [s, k], "expected": expected})

    def word(alphabet, n):
        return "".join(rng.choice(alphabet) for _ in range(n))

    for i in range(40):
        s = word(rng.choice(["AB", "ABC", "ABCDE", LETTERS]), rng.randint(1, 12))
        k = rng.randint(0, len(s))
        assert reference(s, k) == every_substring(s, k)
        add(f"small-random-{i + 1}", s, k)
    for i in range(3):
        add(f"medium-random-{i + 1}", word("ABCD", 2000), rng.randint(0, 300))

    n = 100_000
    add("large-all-same-k0", "K" * n, 0, known=n)
    add("large-k-equals-n", word(LETTERS, n), n, known=n)
    add("large-random-k-half", word(LETTERS, n), n // 2)
    add("large-two-letters", word("AB", n), 2_000)
    add("large-random-k0", word(LETTERS, n), 0)
    # Noise first; the long answer is a run of Z with a few other letters at the very end.
    tail = list("Z" * 39_990 + word("ABCDEFGHIJ", 10))
    rng.shuffle(tail)
    add("large-run-at-end", word(LETTERS, n - len(tail)) + "".join(tail), 10)
    # Blocks of one letter separated by single other letters: the best window joins blocks.
    blocks = "".join(rng.choice("AB") * rng.randint(1, 40) + rng.choice("CD") for _ in range(5_000))
    add("large-joined-blocks", blocks[:n], 300)
    return cases


def scaled(n, seed):
    """One letter n times, k = 0: the best window is the whole string, so growing a window
    from every start is quadratic."""
    return ["K" * max(n, 1), 0]
