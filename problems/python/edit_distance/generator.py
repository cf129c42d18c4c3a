"""Hidden tests for min_distance: small random pairs checked against a breadth-first search
over strings, then pairs of 500 letters, where plain recursion branches three ways at every
mismatch and never finishes.

`python generator.py` cross-checks the reference against that search on random small
inputs and on the JSON tests.
"""

import json
import random
import string
from collections import deque
from pathlib import Path

LEN_MAX = 500


def reference(word1, word2):
    # prev[j]: edits turning the part of word1 seen so far into word2[:j].
    prev = list(range(len(word2) + 1))
    for i, a in enumerate(word1, 1):
        cur = [i]
        for j, b in enumerate(word2, 1):
            cur.append(prev[j - 1] if a == b else 1 + min(prev[j - 1], prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def brute(word1, word2):
    """Breadth-first search over strings, one edit per step. Some shortest script deletes
    first, then replaces, then inserts, so strings longer than both words and letters in
    neither word are never needed."""
    letters = sorted(set(word1 + word2))
    longest = max(len(word1), len(word2))
    dist = {word1: 0}
    queue = deque([word1])
    while queue:
        w = queue.popleft()
        if w == word2:
            return dist[w]
        nxt = [w[:i] + w[i + 1 :] for i in range(len(w))]
        nxt += [w[:i] + c + w[i + 1 :] for i in range(len(w)) for c in letters]
        if len(w) < longest:
            nxt += [w[:i] + c + w[i:] for i in range(len(w) + 1) for c in letters]
        for v in nxt:
            if v not in dist:
                dist[v] = dist[w] + 1
                queue.append(v)
    raise AssertionError("word2 is always reachable")


def _case(name, word1, word2):
    for w in (word1, word2):
        assert 0 <= len(w) <= LEN_MAX and set(w) <= set(string.ascii_lowercase)
    return {"name": name, "args": [word1, word2], "expected": reference(word1, word2)}


def _word(rng, n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def generate():
    rng = random.Random(20260072)
    cases = []
    for i in range(5):
        letters = rng.choice(["ab", "abc"])
        cases.append(_case(f"small-random-{i + 1}", _word(rng, rng.randint(0, 6), letters), _word(rng, rng.randint(0, 6), letters)))
    cases.append(_case("largest-random", _word(rng, LEN_MAX, string.ascii_lowercase), _word(rng, LEN_MAX, string.ascii_lowercase)))
    # A copy with about 60 random edits: the answer is small, the strings are long.
    original = _word(rng, LEN_MAX, "abcd")
    word = list(original)
    for _ in range(60):
        i = rng.randrange(len(word))
        op = rng.choice("idr")
        if op == "d":
            del word[i]
        elif op == "i":
            word.insert(i, rng.choice("abcd"))
        else:
            word[i] = rng.choice("abcd")
    cases.append(_case("largest-edited-copy", original, "".join(word[:LEN_MAX])))
    cases.append(_case("largest-against-empty", _word(rng, LEN_MAX, "xyz"), ""))
    return cases


def _self_check():
    rng = random.Random(13)
    for _ in range(600):
        letters = rng.choice(["a", "ab", "abc"])
        w1, w2 = _word(rng, rng.randint(0, 5), letters), _word(rng, rng.randint(0, 5), letters)
        assert reference(w1, w2) == brute(w1, w2), (w1, w2)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            w1, w2 = case["args"]
            if len(set(w1 + w2)) <= 6 and max(len(w1), len(w2)) <= 6:
                assert brute(w1, w2) == case["expected"], case
            assert reference(w1, w2) == case["expected"], case
    cases = generate()
    for case in cases[:5]:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



# Memoised recursion keeps n^2 results: over 256 MiB at n = 1024.
SCALED_MAX = 512


def scaled(n, seed):
    """Two words of n letters over four letters: mismatches everywhere."""
    rng = random.Random(seed)
    n = max(n, 1)
    return [_word(rng, n, "abcd"), _word(rng, n, "abcd")]


if __name__ == "__main__":
    _self_check()
