"""Hidden tests for max_depth: random small trees of every shape, then trees of 10^4 nodes,
among them single paths 10^4 deep (a recursive DFS must still pass them).

Calling the depth of a child twice per node is exponential on a path, so it cannot finish.
`python generator.py` cross-checks the reference (a walk down from the root on built nodes)
against a brute force that reads depths off the level-order list itself (each entry's parent).
"""

import json
import random
from pathlib import Path

from judge.authoring import build, level_order, shaped_tree

N_MAX = 10**4
V_MAX = 100
SHAPES = ("random", "deep", "left", "right", "zigzag", "wander", "complete")

def reference(root):
    depth, level = 0, [root] if root else []
    while level:
        depth += 1
        level = [c for node in level for c in (node.left, node.right) if c]
    return depth


def brute(values):
    """Depth from the list alone: entries after the root fill the free child slots in order."""
    if not values or values[0] is None:
        return 0
    depth = [1]  # depth of each present node, in the order nodes appear
    slots = []  # depth of the parent of each free child slot, in level order
    slots += [1, 1]
    for k, v in enumerate(values[1:]):
        if v is not None:
            depth.append(slots[k] + 1)
            slots += [depth[-1], depth[-1]]
    return max(depth)


def _case(name, values):
    nodes = [v for v in values if v is not None]
    assert len(nodes) <= N_MAX and all(-V_MAX <= v <= V_MAX for v in nodes)
    return {"name": name, "args": [values], "expected": reference(build(values))}


def generate():
    rng = random.Random(20260104)
    cases = []

    def value():
        return rng.randint(-V_MAX, V_MAX)

    for i in range(14):
        shape = SHAPES[i % len(SHAPES)]
        values = level_order(shaped_tree(rng, rng.randint(1, 40), value, shape))
        cases.append(_case(f"small-{shape}-{i + 1}", values))
    cases.append(_case("medium-deep", level_order(shaped_tree(rng, 1500, value, "deep"))))
    for shape in ("random", "complete", "deep", "left", "zigzag", "wander"):
        values = level_order(shaped_tree(rng, N_MAX, value, shape))
        cases.append(_case(f"large-{shape}", values))
    return cases


def _self_check():
    rng = random.Random(7)
    for _ in range(3000):
        shape = rng.choice(SHAPES)
        values = level_order(shaped_tree(rng, rng.randint(0, 30), lambda: rng.randint(-3, 3), shape))
        assert level_order(build(values)) == values
        assert reference(build(values)) == brute(values), values
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case.get("name", case["args"])
    print(f"ok: {len(generate())} generated tests, depths {[c['expected'] for c in generate()]}")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 16  # a path of n nodes: a recursive DFS goes n deep


def scaled(n, seed):
    """A wandering path of n nodes: asking a child its depth twice per node is exponential."""
    rng = random.Random(seed)
    return [level_order(shaped_tree(rng, n, lambda: rng.randint(-V_MAX, V_MAX), "wander"))]
