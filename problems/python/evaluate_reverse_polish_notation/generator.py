"""Hidden tests for eval_rpn: random small expressions, then expressions of 9999 tokens
(the longest valid length) shaped as a deep stack, a long chain, and a random mix.

Every expression is built by evaluating while it is written, so an operator is only placed
where its result fits in 32 bits and no division is by zero. `python generator.py`
cross-checks the reference against a brute force that evaluates the expression tree
recursively with exact fractions, on random small expressions and on the JSON tests.
"""

import json
import random
import sys
from fractions import Fraction
from math import trunc
from pathlib import Path

N_MAX = 10**4
V_MAX = 200
LO, HI = -(2**31), 2**31 - 1
OPS = ("+", "-", "*", "/")


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def reference(tokens):
    stack = []
    for tok in tokens:
        if tok in OPS:
            b = stack.pop()
            stack.append(apply(tok, stack.pop(), b))
        else:
            stack.append(int(tok))
    (value,) = stack
    return value


def brute(tokens):
    # Parse from the end: the last token is the root, its right operand precedes it.
    pos = len(tokens)

    def parse():
        nonlocal pos
        pos -= 1
        tok = tokens[pos]
        if tok not in OPS:
            return Fraction(int(tok))
        right = parse()
        left = parse()
        value = {"+": left + right, "-": left - right, "*": left * right}.get(tok)
        return Fraction(trunc(left / right)) if value is None else value

    value = parse()
    assert pos == 0
    return int(value)


def check_constraints(tokens):
    """Asserts LeetCode's guarantees: valid RPN, operands in range, 32-bit intermediates."""
    assert 1 <= len(tokens) <= N_MAX
    stack = []
    for tok in tokens:
        if tok in OPS:
            b = stack.pop()
            a = stack.pop()
            assert not (tok == "/" and b == 0)
            stack.append(apply(tok, a, b))
            assert LO <= stack[-1] <= HI
        else:
            assert str(int(tok)) == tok and -V_MAX <= int(tok) <= V_MAX
            stack.append(int(tok))
    assert len(stack) == 1


def build(rng, numbers, push_chance, op_weights=(1, 1, 1, 1), small=V_MAX):
    """An expression of `numbers` operands: push while pushes remain and rng says so."""
    tokens, stack = [], []
    left = numbers
    while left or len(stack) > 1:
        if left and (len(stack) < 2 or rng.random() < push_chance):
            value = rng.randint(-small, small)
            tokens.append(str(value))
            stack.append(value)
            left -= 1
            continue
        b = stack.pop()
        a = stack.pop()
        for op in [*rng.choices(OPS, op_weights, k=8), "+", "-"]:
            if op == "/" and b == 0:
                continue
            value = apply(op, a, b)
            if LO <= value <= HI:
                break
        tokens.append(op)
        stack.append(value)
    return tokens


def _case(name, tokens):
    check_constraints(tokens)
    return {"name": name, "args": [tokens], "expected": reference(tokens)}


def generate():
    rng = random.Random(20260421)
    cases = []
    for i in range(8):
        tokens = build(rng, rng.randint(2, 8), 0.5, (2, 2, 1, 1), small=9)
        cases.append(_case(f"small-{i + 1}", tokens))
    cases.append(_case("medium-divisions", build(rng, 300, 0.5, (1, 1, 1, 6), small=20)))
    numbers = N_MAX // 2  # 5000 numbers and 4999 operators: 9999 tokens, the longest possible
    cases.append(_case("large-random", build(rng, numbers, 0.5, (3, 3, 2, 1))))
    # Every number first, then every operator: the stack holds 5000 values at once.
    cases.append(_case("large-deep-stack", build(rng, numbers, 1.0, (3, 3, 1, 1))))
    # One number, then "number operator" pairs: a left-leaning chain, the stack never above 2.
    cases.append(_case("large-chain", build(rng, numbers, 0.0, (1, 1, 2, 2))))
    return cases


def _self_check():
    sys.setrecursionlimit(20_000)
    rng = random.Random(11)
    for _ in range(3000):
        tokens = build(rng, rng.randint(1, 9), rng.random(), small=rng.choice([3, 200]))
        check_constraints(tokens)
        assert reference(tokens) == brute(tokens), tokens
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            check_constraints(*case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests, lengths {[len(c['args'][0]) for c in cases]}")



def scaled(n, seed):
    """A random valid expression of about n tokens (n / 2 numbers), built as the large
    hidden tests are: every intermediate value fits in 32 bits, no division by zero."""
    rng = random.Random(seed)
    return [build(rng, max(n, 1) // 2 + 1, 0.5)]


if __name__ == "__main__":
    _self_check()
