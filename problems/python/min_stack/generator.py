"""Hidden tests for min_stack: random operation sequences, small and at the top of the
constraints (3 · 10^4 calls), and deep stacks where a getMin that scans the stack is too slow.

Only valid sequences: pop, top and getMin are called on a non-empty stack. `python
generator.py` cross-checks the reference against a plain list and min() on random sequences.
"""

import json
import random
from pathlib import Path

CALLS_MAX = 3 * 10**4
V_MIN, V_MAX = -(2**31), 2**31 - 1


def reference(ops, params):
    """Each entry holds its value and the minimum of the stack up to it."""
    stack, out = [], [None]
    for op, args in zip(ops[1:], params[1:], strict=True):
        if op == "push":
            low = min(args[0], stack[-1][1]) if stack else args[0]
            stack.append((args[0], low))
            out.append(None)
        elif op == "pop":
            stack.pop()
            out.append(None)
        elif op == "top":
            out.append(stack[-1][0])
        else:
            out.append(stack[-1][1])
    return out


def brute(ops, params):
    stack, out = [], [None]
    for op, args in zip(ops[1:], params[1:], strict=True):
        if op == "push":
            stack.append(args[0])
            out.append(None)
        elif op == "pop":
            stack.pop()
            out.append(None)
        else:
            out.append(stack[-1] if op == "top" else min(stack))
    return out


def _case(calls):
    """calls: [(op, args)] after the constructor."""
    assert len(calls) <= CALLS_MAX
    ops = ["MinStack"] + [op for op, _ in calls]
    params = [[]] + [list(args) for _, args in calls]
    depth = 0
    for op, args in calls:
        assert depth > 0 or op == "push", "pop/top/getMin on an empty stack"
        if op == "push":
            assert V_MIN <= args[0] <= V_MAX
        depth += {"push": 1, "pop": -1}.get(op, 0)
    return {"args": [ops, params], "expected": reference(ops, params)}


def _random_calls(rng, n, low, high, push_bias=0.45):
    calls, depth = [], 0
    for _ in range(n):
        r = rng.random()
        if depth == 0 or r < push_bias:
            calls.append(("push", [rng.randint(low, high)]))
            depth += 1
        elif r < push_bias + 0.2:
            calls.append(("pop", []))
            depth -= 1
        else:
            calls.append((rng.choice(["top", "getMin"]), []))
    return calls


def generate():
    rng = random.Random(20260311)
    cases = []
    # Small, with few distinct values: equal minima pushed and popped again and again.
    for _ in range(12):
        cases.append(_case(_random_calls(rng, rng.randint(1, 40), -3, 3)))
    cases.append(_case(_random_calls(rng, 2000, V_MIN, V_MAX)))
    half = CALLS_MAX // 2
    # A deep stack, then getMin again and again: scanning it is 2 · 10^8 steps.
    pushes = [("push", [rng.randint(V_MIN, V_MAX)]) for _ in range(half)]
    cases.append(_case(pushes + [("getMin", [])] * half))
    # Every push a new minimum, then popped one by one, asking for the minimum each time.
    falling = [("push", [V_MAX - 3 * i]) for i in range(half)]
    cases.append(_case(falling + [("pop", []), ("getMin", [])] * (half // 2)))
    # The same minimum pushed many times among larger values, then everything popped.
    calls = [("push", [rng.choice([-7, -7, rng.randint(-7, V_MAX)])]) for _ in range(half)]
    cases.append(_case(calls + [("getMin", []), ("pop", [])] * (half // 2)))
    # At random over the full range, at the limit of calls.
    cases.append(_case(_random_calls(rng, CALLS_MAX, V_MIN, V_MAX, push_bias=0.5)))
    return cases


def _self_check():
    rng = random.Random(5)
    for _ in range(2000):
        case = _case(_random_calls(rng, rng.randint(1, 60), -4, 4))
        assert brute(*case["args"]) == case["expected"], case
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
            _case(list(zip(case["args"][0][1:], case["args"][1][1:], strict=True)))
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, calls {[len(c['args'][0]) - 1 for c in cases]}")



def scaled(n, seed):
    """n calls (the constructor first) that keep the stack deep: pushes outnumber pops, so a
    getMin that scans the stack is slow."""
    rng = random.Random(seed)
    calls = _random_calls(rng, max(n, 2) - 1, -(2**31), 2**31 - 1, push_bias=0.6)
    return [["MinStack"] + [op for op, _ in calls], [[]] + [args for _, args in calls]]


if __name__ == "__main__":
    _self_check()
