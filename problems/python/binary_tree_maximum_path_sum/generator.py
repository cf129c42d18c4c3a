"""Hidden tests for max_path_sum: random trees of every shape with values all negative, mixed
or all positive, then trees of 3 * 10^4 nodes, among them paths 3 * 10^4 deep (a recursive
DFS must pass them).

Recomputing the best downward chain from every node is quadratic on a path of 3 * 10^4
nodes, so it cannot finish. `python generator.py` cross-checks the reference (one bottom-up
pass) against a brute force that sums the path between every pair of nodes.
"""

import json
import random
from pathlib import Path

from judge.authoring import build, level_order, shaped_tree, tree_nodes

N_MAX = 3 * 10**4
V_MAX = 1000
SHAPES = ("random", "deep", "left", "right", "zigzag", "wander", "complete")

def reference(values):
    """Children before parents: each node's best chain down, and the best bend at it."""
    nodes = tree_nodes(build(values))
    down = {None: 0}
    best = nodes[0].val
    for node in reversed(nodes):
        left, right = max(down[node.left], 0), max(down[node.right], 0)
        down[node] = node.val + max(left, right)
        best = max(best, node.val + left + right)
    return best


def brute(values):
    """Every pair of nodes: climb from the deeper one until the two meet, adding values."""
    nodes = tree_nodes(build(values))
    parent, depth = {nodes[0]: None}, {nodes[0]: 0}
    for node in nodes:
        for child in (node.left, node.right):
            if child:
                parent[child], depth[child] = node, depth[node] + 1
    best = None
    for i, a in enumerate(nodes):
        for b in nodes[i:]:
            total, x, y = 0, a, b
            while x is not y:
                if depth[x] < depth[y]:
                    x, y = y, x
                total += x.val
                x = parent[x]
            total += x.val
            best = total if best is None else max(best, total)
    return best


VALUES = {
    "mixed": (-V_MAX, V_MAX),
    "negative": (-V_MAX, -1),
    "positive": (0, V_MAX),
    "small": (-3, 3),
    "mostly-negative": (-V_MAX, 200),
}


def _case(name, values):
    nodes = [v for v in values if v is not None]
    assert 1 <= len(nodes) <= N_MAX and all(-V_MAX <= v <= V_MAX for v in nodes)
    return {"name": name, "args": [values], "expected": reference(values)}


def generate():
    rng = random.Random(20260402)
    cases = []

    def tree(n, shape, kind):
        low, high = VALUES[kind]
        return level_order(shaped_tree(rng, n, lambda: rng.randint(low, high), shape))

    kinds = list(VALUES)
    for i in range(10):
        shape, kind = SHAPES[i % len(SHAPES)], kinds[i % len(kinds)]
        cases.append(_case(f"small-{shape}-{kind}-{i + 1}", tree(rng.randint(2, 40), shape, kind)))
    for shape, kind in [
        ("left", "mixed"),
        ("zigzag", "mostly-negative"),
        ("right", "negative"),
        ("complete", "mixed"),
        ("deep", "mostly-negative"),
        ("random", "positive"),
    ]:
        cases.append(_case(f"large-{shape}-{kind}", tree(N_MAX, shape, kind)))
    return cases


def _self_check():
    rng = random.Random(23)
    for _ in range(2000):
        shape = rng.choice(SHAPES)
        low, high = rng.choice(list(VALUES.values()))
        n = rng.randint(1, 25)
        values = level_order(shaped_tree(rng, n, lambda: rng.randint(low, high), shape))
        assert reference(values) == brute(values), values
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        if len(case["args"][0]) <= 100:
            assert brute(*case["args"]) == case["expected"], case.get("name", case["args"])
    print(f"ok: {len(generate())} generated tests {[c['expected'] for c in generate()]}")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 16  # a path of n nodes: a recursive DFS goes n deep


def scaled(n, seed):
    """A wandering path of n mixed values: recomputing each node's best chain is quadratic."""
    rng = random.Random(seed)
    return [level_order(shaped_tree(rng, n, lambda: rng.randint(-V_MAX, V_MAX), "wander"))]
