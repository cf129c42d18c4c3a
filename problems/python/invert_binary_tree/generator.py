"""Hidden tests for invert_tree: random trees of every shape up to LeetCode's 100 nodes, and
single paths of 100 nodes. The tree is tiny, so no solution is too slow; the tests catch
mirrors that lose or mix up subtrees.

`python generator.py` cross-checks the reference (swapping children, breadth-first) against a
brute force that mirrors every node's address (its left/right path from the root).
"""

import json
import random
from pathlib import Path

from judge.authoring import build, level_order, shaped_tree, tree_nodes

N_MAX = 100
V_MAX = 100
SHAPES = ("random", "deep", "left", "right", "zigzag", "wander", "complete")

def reference(values):
    root = build(values)
    for node in tree_nodes(root):
        node.left, node.right = node.right, node.left
    return level_order(root)


def brute(values):
    """Give every node its path from the root, flip each step, and lay the paths out again."""
    root = build(values)
    paths = {}
    stack = [(root, "")] if root else []
    while stack:
        node, path = stack.pop()
        paths[path.translate(str.maketrans("LR", "RL"))] = node.val
        stack += [(c, path + s) for c, s in ((node.left, "L"), (node.right, "R")) if c]
    out, queue = [], [""] if paths else []
    for path in queue:
        if path in paths:
            out.append(paths[path])
            queue += [path + "L", path + "R"]
        else:
            out.append(None)
    while out and out[-1] is None:
        out.pop()
    return out


def _case(name, values):
    nodes = [v for v in values if v is not None]
    assert len(nodes) <= N_MAX and all(-V_MAX <= v <= V_MAX for v in nodes)
    return {"name": name, "args": [values], "expected": reference(values)}


def generate():
    rng = random.Random(20260226)
    cases = []

    def value():
        return rng.randint(-V_MAX, V_MAX)

    for i in range(10):
        shape = SHAPES[i % len(SHAPES)]
        values = level_order(shaped_tree(rng, rng.randint(5, 40), value, shape))
        cases.append(_case(f"small-{shape}-{i + 1}", values))
    for shape in SHAPES:
        values = level_order(shaped_tree(rng, N_MAX, value, shape))
        cases.append(_case(f"largest-{shape}", values))
    return cases


def _self_check():
    rng = random.Random(11)
    for _ in range(3000):
        shape = rng.choice(SHAPES)
        n = rng.randint(0, 30)
        values = level_order(shaped_tree(rng, n, lambda: rng.randint(-3, 3), shape))
        assert reference(values) == brute(values), values
        assert reference(reference(values)) == values
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case.get("name", case["args"])
    print(f"ok: {len(generate())} generated tests")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 16


def scaled(n, seed):
    """A "deep" tree of n nodes, so a recursive mirror goes far down."""
    rng = random.Random(seed)
    return [level_order(shaped_tree(rng, n, lambda: rng.randint(-V_MAX, V_MAX), "deep"))]
