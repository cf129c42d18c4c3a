"""Hidden tests for generate_parenthesis: every n from 4 to 8 (tests/hidden.json has 1 to 3).

Catalan numbers: 14, 42, 132, 429 and 1430 strings. `python generator.py` cross-checks the
reference against a brute force that filters all 2^(2n) bracket strings, for every n allowed,
and checks the JSON tests the same way.
"""

import json
from itertools import product
from pathlib import Path

N_MAX = 8


def reference(n):
    out = []

    def extend(prefix, opened, closed):
        if closed == n:
            out.append(prefix)
            return
        if opened < n:
            extend(prefix + "(", opened + 1, closed)
        if closed < opened:
            extend(prefix + ")", opened, closed + 1)

    extend("", 0, 0)
    return out


def balanced(s):
    depth = 0
    for ch in s:
        depth += 1 if ch == "(" else -1
        if depth < 0:
            return False
    return depth == 0


def brute(n):
    return sorted(s for s in map("".join, product("()", repeat=2 * n)) if balanced(s))


def _case(n):
    assert 1 <= n <= N_MAX
    return {"name": f"n-{n}", "args": [n], "expected": reference(n)}


def generate():
    return [_case(n) for n in range(4, N_MAX + 1)]


def _self_check():
    for n in range(1, N_MAX + 1):
        assert sorted(reference(n)) == brute(n), n
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert sorted(case["expected"]) == brute(*case["args"]), case
    cases = generate()
    for case in cases:
        assert sorted(case["expected"]) == brute(*case["args"]), case["name"]
    print(f"ok: {len(cases)} generated tests, sizes {[len(c['expected']) for c in cases]}")



# The output grows as 4^pairs, so the ladder's n is read as 2^pairs: the size n asks for
# n.bit_length() pairs (8 -> 4 pairs, 2048 -> 12 pairs, 208012 strings).
SCALED_MAX = 2048


def scaled(n, seed):
    """Every balanced string of n.bit_length() pairs: the output, not the input, is the size."""
    return [max(n, 1).bit_length()]


if __name__ == "__main__":
    _self_check()
