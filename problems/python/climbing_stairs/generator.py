"""Hidden tests for climb_stairs: a spread of n up to the maximum of 45.

The answer for 45 is 1,836,311,903: counting the sequences of moves one by one (plain
recursion) makes billions of calls. `python generator.py` cross-checks the reference against
a count over how many two-steps are taken, and against listing every sequence for small n.
"""

import json
from math import comb
from pathlib import Path

N_MAX = 45


def reference(n):
    # ways(i) = ways(i - 1) + ways(i - 2): the last move was one step or two.
    a, b = 1, 1  # ways to stand on step 0 and on step 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b


def by_two_steps(n):
    # With k two-steps there are n - k moves in all, and any k of them may be the two-steps.
    return sum(comb(n - k, k) for k in range(n // 2 + 1))


def every_sequence(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return every_sequence(n - 1) + every_sequence(n - 2)


def _case(n):
    assert 1 <= n <= N_MAX
    return {"name": f"n-{n}", "args": [n], "expected": reference(n)}


def generate():
    # Every value is a test of its own; the last ones are where plain recursion cannot finish.
    return [_case(n) for n in (12, 19, 23, 30, 36, 40, 44, 45)]


def _self_check():
    for n in range(1, N_MAX + 1):
        assert reference(n) == by_two_steps(n), n
    for n in range(1, 21):
        assert reference(n) == every_sequence(n), n
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert by_two_steps(*case["args"]) == case["expected"], case
    cases = generate()
    assert cases[-1]["expected"] == 1_836_311_903
    print(f"ok: {len(cases)} generated tests")



# The answer has about 0.21 n digits: at n = 2^14 it has 3424, below Python's 4300-digit
# limit on turning an int into text.
SCALED_MAX = 1 << 14


def scaled(n, seed):
    """n stairs (the answer is a big integer beyond n = 45)."""
    return [max(n, 1)]


if __name__ == "__main__":
    _self_check()
