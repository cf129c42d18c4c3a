"""Hidden tests for implement_trie_prefix_tree: random operation sequences over small alphabets
(words that are prefixes of one another), words of 2000 letters, 3 · 10^4 calls, and 10^4
stored words queried with 10^4 absent prefixes, where scanning the stored words is too slow.

`python generator.py` cross-checks the reference (a trie of dicts) against a sorted list
searched with bisect, on random sequences and on every test.
"""

import bisect
import json
import random
from pathlib import Path

CALLS_MAX = 3 * 10**4
LEN_MAX = 2000
LETTERS = "abcdefghijklmnopqrstuvwxyz"
END = "$"


def reference(ops, params):
    root, out = {}, [None]
    for op, (s,) in zip(ops[1:], params[1:], strict=True):
        node = root
        if op == "insert":
            for c in s:
                node = node.setdefault(c, {})
            node[END] = True
            out.append(None)
            continue
        for c in s:
            node = node.get(c)
            if node is None:
                break
        out.append(node is not None and (op == "startsWith" or END in node))
    return out


def brute(ops, params):
    """Sorted distinct words: the first word >= s is s itself, or begins with s if any does."""
    words, out = [], [None]
    for op, (s,) in zip(ops[1:], params[1:], strict=True):
        i = bisect.bisect_left(words, s)
        if op == "insert":
            if i == len(words) or words[i] != s:
                words.insert(i, s)
            out.append(None)
        elif op == "search":
            out.append(i < len(words) and words[i] == s)
        else:
            out.append(i < len(words) and words[i].startswith(s))
    return out


def _case(calls):
    """calls: [(op, word)] after the constructor."""
    assert len(calls) <= CALLS_MAX
    for op, s in calls:
        assert op in ("insert", "search", "startsWith")
        assert 1 <= len(s) <= LEN_MAX and set(s) <= set(LETTERS)
    ops = ["Trie"] + [op for op, _ in calls]
    params = [[]] + [[s] for _, s in calls]
    return {"args": [ops, params], "expected": reference(ops, params)}


def _word(rng, letters, low, high):
    return "".join(rng.choices(letters, k=rng.randint(low, high)))


def _random_calls(rng, n, letters, low, high):
    calls, stored = [], []
    for _ in range(n):
        op = rng.choice(["insert", "search", "startsWith"])
        if op != "insert" and stored and rng.random() < 0.5:
            # A stored word or one of its beginnings, so that queries often hit.
            w = rng.choice(stored)
            s = w[: rng.randint(1, len(w))]
        else:
            s = _word(rng, letters, low, high)
        if op == "insert":
            stored.append(s)
        calls.append((op, s))
    return calls


def generate():
    rng = random.Random(20260316)
    cases = []
    for letters in ("ab", "ab", "abc", "abc", "xyz", LETTERS):
        cases.append(_case(_random_calls(rng, rng.randint(5, 60), letters, 1, 5)))
    cases.append(_case(_random_calls(rng, 3000, "abcd", 1, 12)))
    # Words of 2000 letters that share all but their last letters; queries one letter short.
    base = "q" * (LEN_MAX - 2)
    long_words = [base + rng.choice(LETTERS) + rng.choice(LETTERS) for _ in range(60)]
    calls = [("insert", w) for w in long_words]
    for w in rng.sample(long_words, 30):
        calls += [("search", w), ("search", w[:-1]), ("startsWith", w[:-1])]
    calls += [("startsWith", base + "zz"), ("search", "q"), ("startsWith", "q")]
    cases.append(_case(calls))
    # 10^4 distinct words, then 10^4 prefixes that begin no stored word.
    half = 10**4
    stored = {_word(rng, LETTERS[:20], 8, 12) for _ in range(half + 100)}
    calls = [("insert", w) for w in sorted(stored)[:half]]
    rng.shuffle(calls)
    calls += [("startsWith", _word(rng, LETTERS[:20], 4, 8) + "z") for _ in range(half)]
    cases.append(_case(calls))
    # The limit of calls, every operation mixed over a small alphabet.
    cases.append(_case(_random_calls(rng, CALLS_MAX, "abcde", 1, 10)))
    return cases


def _self_check():
    rng = random.Random(7)
    for _ in range(2000):
        case = _case(_random_calls(rng, rng.randint(1, 40), "abc", 1, 4))
        assert brute(*case["args"]) == case["expected"], case
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
            _case(list(zip(case["args"][0][1:], (p[0] for p in case["args"][1][1:]), strict=True)))
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, calls {[len(c['args'][0]) - 1 for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n calls: the constructor, n / 2 inserts of 10-letter words, then searches and prefix
    queries of words that mostly are not there (scanning the stored words is quadratic)."""
    rng = random.Random(seed)

    def word():
        return "".join(rng.choice(LETTERS) for _ in range(10))

    ops, params = ["Trie"], [[]]
    stored = []
    for i in range(max(n - 1, 1)):
        if i < n // 2:
            stored.append(word())
            ops.append("insert")
            params.append([stored[-1]])
        else:
            w = rng.choice(stored) if stored and rng.random() < 0.2 else word()
            ops.append("search" if i % 2 else "startsWith")
            params.append([w[: rng.randint(1, 10)] if ops[-1] == "startsWith" else w])
    return [ops, params]
