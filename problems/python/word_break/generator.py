"""Hidden tests for word_break: small random ones checked against every cutting, then strings
of 300 letters with 1000-word dictionaries. "aaa...ab" with the words "a" .. "a"*20 is the
worst case for plain recursion: every cutting of the run of a's is tried before failing.

`python generator.py` cross-checks the reference against a brute force over all 2^(n-1)
cuttings, on random small inputs and on the JSON tests.
"""

import json
import random
import string
from itertools import product
from pathlib import Path

S_MAX = 300
WORDS_MAX = 1000
WORD_LEN_MAX = 20


def reference(s, word_dict):
    # ok[i]: the first i letters can be cut into words; the last word ends at i.
    words = set(word_dict)
    longest = max(map(len, word_dict))
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in words for j in range(max(0, i - longest), i))
    return ok[-1]


def brute(s, word_dict):
    words = set(word_dict)
    for cuts in product((False, True), repeat=len(s) - 1):
        pieces, start = [], 0
        for i, cut in enumerate(cuts, 1):
            if cut:
                pieces.append(s[start:i])
                start = i
        pieces.append(s[start:])
        if all(p in words for p in pieces):
            return True
    return False


def _case(name, s, word_dict):
    assert 1 <= len(s) <= S_MAX and set(s) <= set(string.ascii_lowercase)
    assert 1 <= len(word_dict) <= WORDS_MAX and len(set(word_dict)) == len(word_dict)
    assert all(1 <= len(w) <= WORD_LEN_MAX and set(w) <= set(string.ascii_lowercase) for w in word_dict)
    return {"name": name, "args": [s, word_dict], "expected": reference(s, word_dict)}


def _words(rng, count, letters, lengths, taken=()):
    words = set(taken)
    while len(words) < count + len(taken):
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(*lengths))))
    fresh = sorted(words - set(taken))
    rng.shuffle(fresh)
    return fresh


def generate():
    rng = random.Random(20260139)
    cases = []
    for i in range(5):
        words = _words(rng, rng.randint(1, 5), "ab", (1, 3))
        s = "".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
        if i % 2:
            s = s[:-1] + rng.choice("ab")
        cases.append(_case(f"small-random-{i + 1}", s, words))

    runs = ["a" * k for k in range(1, WORD_LEN_MAX + 1)]
    other = _words(rng, WORDS_MAX - len(runs), string.ascii_lowercase, (2, WORD_LEN_MAX), runs)
    # Every cutting of 299 a's into words, and none of them can take the final "b".
    cases.append(_case("largest-run-then-b", "a" * (S_MAX - 1) + "b", runs + other))
    cases.append(_case("largest-run-yes", "a" * S_MAX, other[:500] + runs[5:]))
    # A sentence of dictionary words; then the same with one letter changed.
    words = _words(rng, WORDS_MAX, "abcde", (1, 8))
    sentence = ""
    while True:
        w = rng.choice(words)
        if len(sentence) + len(w) > S_MAX:
            break
        sentence += w
    cases.append(_case("largest-sentence", sentence, words))
    # The longest word starting each piece ("abc") always leads to a dead end ("d").
    trap = ["ab", "abc", "cd"] + _words(rng, 997, "xyz", (3, WORD_LEN_MAX))
    cases.append(_case("largest-longest-match-trap", "abcd" * (S_MAX // 4), trap))
    return cases


def _self_check():
    rng = random.Random(13)
    for _ in range(1500):
        letters = rng.choice(["a", "ab", "abc"])
        words = _words(rng, rng.randint(1, 3), letters, (1, 3))
        s = "".join(rng.choice("abc") for _ in range(rng.randint(1, 10)))
        assert reference(s, words) == brute(s, words), (s, words)
        s = "".join(rng.choice(words) for _ in range(rng.randint(1, 4)))[:12]
        assert reference(s, words) == brute(s, words), (s, words)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:5]:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



SCALED_MAX = 1 << 14


def scaled(n, seed):
    """"aaa...ab" of n letters with the words "a" .. "a" * 20 (and a few others): every
    cutting of the run of a's works until the final b, so the answer is False."""
    rng = random.Random(seed)
    run = ["a" * k for k in range(1, WORD_LEN_MAX + 1)]
    words = run + _words(rng, 20, "abc", (2, WORD_LEN_MAX), taken=set(run) | {"b"})
    words = [w for w in words if not w.endswith("b")]
    return ["a" * (max(n, 2) - 1) + "b", words]


if __name__ == "__main__":
    _self_check()
