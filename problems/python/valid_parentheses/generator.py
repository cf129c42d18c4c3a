"""Hidden tests for is_valid: random small strings, then strings of 10^4 brackets.

`python generator.py` cross-checks the reference (a stack) against a brute force that strips
innermost pairs until nothing changes, on random small strings and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 10**4
OPEN, CLOSE = "([{", ")]}"


def reference(s):
    stack = []
    for ch in s:
        if ch in OPEN:
            stack.append(CLOSE[OPEN.index(ch)])
        elif not stack or stack.pop() != ch:
            return False
    return not stack


def brute(s):
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter


def balanced(rng, pairs):
    """A random balanced string of `pairs` pairs (random nesting and kinds)."""
    out, stack = [], []
    opened = 0
    while opened < pairs or stack:
        if opened < pairs and (not stack or rng.random() < 0.5):
            k = rng.randrange(3)
            out.append(OPEN[k])
            stack.append(CLOSE[k])
            opened += 1
        else:
            out.append(stack.pop())
    return "".join(out)


def _case(name, s):
    assert 1 <= len(s) <= N_MAX and set(s) <= set(OPEN + CLOSE), name
    return {"name": name, "args": [s], "expected": reference(s)}


def generate():
    rng = random.Random(20260420)
    cases = []
    for i in range(3):
        cases.append(_case(f"small-balanced-{i + 1}", balanced(rng, rng.randint(1, 8))))
    for i in range(3):
        s = "".join(rng.choice(OPEN + CLOSE) for _ in range(rng.randint(1, 12)))
        cases.append(_case(f"small-random-{i + 1}", s))

    half = N_MAX // 2
    cases.append(_case("large-balanced", balanced(rng, half)))
    kinds = [rng.randrange(3) for _ in range(half)]
    nested = "".join(OPEN[k] for k in kinds) + "".join(CLOSE[k] for k in reversed(kinds))
    cases.append(_case("large-deep-nesting", nested))
    # The same deep nesting with the two innermost closers swapped: wrong only at the middle.
    mid = list(nested)
    mid[half] = CLOSE[(kinds[-1] + 1) % 3]
    cases.append(_case("large-one-wrong-kind", "".join(mid)))
    # Balanced in the middle, with an opening bracket at each end that is never closed.
    cases.append(_case("large-left-open", "[" + balanced(rng, half - 1) + "("))
    cases.append(_case("large-all-open", "{" * N_MAX))
    return cases


def _self_check():
    rng = random.Random(7)
    for _ in range(5000):
        s = "".join(rng.choice(OPEN + CLOSE) for _ in range(rng.randint(1, 10)))
        assert reference(s) == brute(s), s
    for _ in range(500):
        s = balanced(rng, rng.randint(1, 10))
        assert reference(s) and brute(s), s
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """A random balanced string of about n brackets: the answer is only known at the end."""
    rng = random.Random(seed)
    return [balanced(rng, max(n, 2) // 2)]


if __name__ == "__main__":
    _self_check()
