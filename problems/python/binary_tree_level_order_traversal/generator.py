"""Hidden tests for level_order: random trees of every shape, then trees of LeetCode's
largest size, 2000 nodes (a path 2000 deep among them, so recursion must be allowed).

At 2000 nodes even a quadratic traversal is fast, so no solution is too slow; the tests
catch levels split in the wrong place and values out of left-to-right order.
`python generator.py` cross-checks the reference (breadth-first, a level at a time) against a
brute force that reads each value's level off the level-order list itself.
"""

import json
import random
from pathlib import Path

from judge.authoring import build, level_order, shaped_tree

N_MAX = 2000
V_MAX = 1000
SHAPES = ("random", "deep", "left", "right", "zigzag", "wander", "complete")

def reference(values):
    out, level = [], [build(values)] if values else []
    while level:
        out.append([node.val for node in level])
        level = [c for node in level for c in (node.left, node.right) if c]
    return out


def brute(values):
    """The list is already breadth-first: entries after the root fill free child slots in
    order, so each value's level is its parent slot's level plus one."""
    if not values:
        return []
    groups = [[values[0]]]
    slots = [0, 0]  # the level of the parent of each free child slot
    for k, v in enumerate(values[1:]):
        if v is not None:
            level = slots[k] + 1
            if level == len(groups):
                groups.append([])
            groups[level].append(v)
            slots += [level, level]
    return groups


def _case(name, values):
    nodes = [v for v in values if v is not None]
    assert len(nodes) <= N_MAX and all(-V_MAX <= v <= V_MAX for v in nodes)
    return {"name": name, "args": [values], "expected": reference(values)}


def generate():
    rng = random.Random(20260305)
    cases = []

    def value():
        return rng.randint(-V_MAX, V_MAX)

    for i in range(10):
        shape = SHAPES[i % len(SHAPES)]
        values = level_order(shaped_tree(rng, rng.randint(5, 60), value, shape))
        cases.append(_case(f"small-{shape}-{i + 1}", values))
    for shape in ("random", "complete", "deep", "left", "zigzag"):
        values = level_order(shaped_tree(rng, N_MAX, value, shape))
        cases.append(_case(f"largest-{shape}", values))
    return cases


def _self_check():
    rng = random.Random(5)
    for _ in range(3000):
        shape = rng.choice(SHAPES)
        n = rng.randint(0, 30)
        values = level_order(shaped_tree(rng, n, lambda: rng.randint(-3, 3), shape))
        assert reference(values) == brute(values), values
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case.get("name", case["args"])
    print(f"ok: {len(generate())} generated tests")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 16  # a recursive walk goes about n / 3 deep on these trees


def scaled(n, seed):
    """A "deep" tree of n nodes (each hangs near the last ones): many levels, a few nodes each."""
    rng = random.Random(seed)
    return [level_order(shaped_tree(rng, n, lambda: rng.randint(-V_MAX, V_MAX), "deep"))]
