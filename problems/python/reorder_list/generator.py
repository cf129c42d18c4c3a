"""Hidden tests for reorder_list: every length up to 12 (odd and even middles), random lists,
and lists of 5 · 10^4 nodes where walking to the tail once per node is too slow.

`python generator.py` cross-checks the reference (front and back indices) against taking the
front, then the back, off a list until it is empty, on random lists and the tests' answers.
"""

import json
import random
from pathlib import Path

N_MAX = 5 * 10**4
V_MAX = 1000


def reference(values):
    out, i, j = [], 0, len(values) - 1
    while i <= j:
        out.append(values[i])
        if i != j:
            out.append(values[j])
        i, j = i + 1, j - 1
    return out


def brute(values):
    rest, out, front = list(values), [], True
    while rest:
        out.append(rest.pop(0) if front else rest.pop())
        front = not front
    return out


def _case(values):
    assert 1 <= len(values) <= N_MAX and all(1 <= v <= V_MAX for v in values)
    return {"args": [values], "expected": reference(values)}


def generate():
    rng = random.Random(20260315)
    cases = [_case(list(range(1, n + 1))) for n in range(6, 13)]
    for n in (17, 100, 999):
        cases.append(_case([rng.randint(1, V_MAX) for _ in range(n)]))
    cases.append(_case([rng.randint(1, 3) for _ in range(40)]))
    # At the top: random values (odd length), and an even length of one repeated value.
    cases.append(_case([rng.randint(1, V_MAX) for _ in range(N_MAX - 1)]))
    cases.append(_case([V_MAX] * N_MAX))
    return cases


def _self_check():
    rng = random.Random(6)
    for _ in range(2000):
        values = [rng.randint(1, 9) for _ in range(rng.randint(1, 30))]
        assert reference(values) == brute(values)
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(case["args"][0])
        if len(case["args"][0]) < 2000:
            assert case["expected"] == brute(case["args"][0]), case
    print(f"ok: {len(cases)} tests, sizes {sorted({len(c['args'][0]) for c in cases})}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """A list of n nodes (walking to the tail once per node is quadratic)."""
    rng = random.Random(seed)
    return [[rng.randint(1, V_MAX) for _ in range(n)]]
