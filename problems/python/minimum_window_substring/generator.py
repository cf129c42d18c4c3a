"""Hidden tests for min_window: small random pairs checked against every substring, then
strings of length 10^5 where the covering window is long, far away, or missing, so growing a
window from every start is quadratic. Every test has at most one shortest window."""

import random
from collections import Counter

LOWER = "abcdefghijklmnopqrstuvwxyz"
LETTERS = LOWER + LOWER.upper()


def shortest_windows(s, t):
    """(length, starts of every shortest covering window); length 0 and [] if none covers t.

    For each start i the shortest covering window ends at r(i), and r never decreases as i
    grows, so one forward pointer finds them all."""
    need = Counter(t)
    have = Counter()
    lacking = len(t)  # letters of t (with repeats) that s[i:j] does not supply
    found = []
    j = 0
    for i in range(len(s)):
        while j < len(s) and lacking:
            if have[s[j]] < need[s[j]]:
                lacking -= 1
            have[s[j]] += 1
            j += 1
        if lacking:
            break
        found.append((j - i, i))
        have[s[i]] -= 1
        if have[s[i]] < need[s[i]]:
            lacking += 1
    if not found:
        return 0, []
    best = min(length for length, _ in found)
    return best, [i for length, i in found if length == best]


def reference(s, t):
    length, starts = shortest_windows(s, t)
    assert len(starts) <= 1, "the shortest window must be unique"
    return s[starts[0] : starts[0] + length] if starts else ""


def every_substring(s, t):
    need = Counter(t)
    covering = [
        (j - i, i)
        for i in range(len(s))
        for j in range(i + 1, len(s) + 1)
        if not need - Counter(s[i:j])
    ]
    if not covering:
        return 0, []
    best = min(length for length, _ in covering)
    return best, [i for length, i in covering if length == best]


def generate():
    rng = random.Random(20261205)
    cases = []

    def add(name, s, t, known=None):
        # LeetCode: 1 <= len(s), len(t) <= 10^5, English letters only (reference() asserts
        # that the shortest window is unique).
        assert 1 <= len(s) <= 10**5 and 1 <= len(t) <= 10**5, name
        assert set(s + t) <= set(LETTERS), name
        expected = reference(s, t)
        if known is not None:
            assert expected == known, name
        cases.append({"name": name, "args": [s, t], "expected": expected})

    def word(alphabet, n):
        return "".join(rng.choice(alphabet) for _ in range(n))

    def unique_case(make):
        # Draw until the shortest window is unique, as the problem promises.
        while True:
            s, t = make()
            if len(shortest_windows(s, t)[1]) <= 1:
                return s, t

    count = 0
    while count < 40:
        alphabet = rng.choice(["ab", "abc", "aAbB", "abcde"])
        s = word(alphabet, rng.randint(1, 12))
        # Mostly letters drawn from s, so that a window usually exists.
        size = rng.randint(1, min(4, len(s)))
        t = "".join(rng.sample(s, size)) if rng.random() < 0.75 else word(alphabet, size)
        windows = shortest_windows(s, t)
        assert windows == every_substring(s, t)
        if len(windows[1]) <= 1:
            count += 1
            add(f"small-random-{count}", s, t)
    for i in range(3):
        s, t = unique_case(lambda: (word("abcdeABCDE", 2000), word("abcdeABCDE", 30)))
        add(f"medium-random-{i + 1}", s, t)

    n = 100_000
    s, t = unique_case(lambda: (word(LETTERS, n), word(LETTERS, 20_000)))
    add("large-long-t", s, t)
    s, t = unique_case(lambda: (word("xyz", n), "x" * 30_000 + "y" * 20_000))
    add("large-repeats-in-t", s, t)
    add("large-pair-at-end", word(LOWER, n - 2) + "XY", "YX", known="XY")
    add("large-no-window", word(LOWER, n), "abcZ", known="")
    s = word(LETTERS, n)
    add("large-whole-string", s, "".join(rng.sample(s, n)), known=s)
    add("large-t-longer", word(LOWER, n - 1), word(LOWER, n), known="")
    # t's letters sit only at the start of s; the rest is filler without them.
    add("large-answer-at-start", "QWERTY" + word("abc", n - 6), "YTREWQ", known="QWERTY")
    # One capital R far from the start; every other letter is a lowercase r or filler.
    s = word("r", 40_000) + word("st", n - 40_001) + "R"
    add("large-case-matters", s, "rR", known=s[39_999:])
    return cases


def scaled(n, seed):
    """n letters of A and B ending in "ABC", t = "ABC": the one C is last, so growing a window
    from every start walks to the end every time."""
    rng = random.Random(seed)
    return ["".join(rng.choice("AB") for _ in range(max(n - 3, 0))) + "ABC", "ABC"]
