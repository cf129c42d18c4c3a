"""Hidden tests for invert_tree: random trees of every shape up to LeetCode's 100 nodes, and
single paths of 100 nodes. The tree is tiny, so no solution is too slow; the tests catch
mirrors that lose or mix up subtrees.

`python generator.py` cross-checks the reference (swapping children, breadth-first) against a
brute force that mirrors every node's address (its left/right path from the root).
"""

import json
import random
from pathlib import Path

N_MAX = 100
V_MAX = 100
SHAPES = ("random", "deep", "left", "right", "zigzag", "wander", "complete")

class Node:
    __slots__ = ("val", "left", "right")

    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right


def build(values):
    """LeetCode's level-order list (None for a missing child) -> root Node (or None)."""
    if not values or values[0] is None:
        return None
    root = Node(values[0])
    queue, i = [root], 1
    for node in queue:
        if i >= len(values):
            break
        if values[i] is not None:
            node.left = Node(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = Node(values[i])
            queue.append(node.right)
        i += 1
    return root


def level_order(root):
    """Root Node -> LeetCode's level-order list, trailing None trimmed."""
    out, queue = [], [root]
    for node in queue:
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue += [node.left, node.right]
    while out and out[-1] is None:
        out.pop()
    return out


def shaped_tree(rng, n, value, shape):
    """A tree of n nodes with values from value(); shape: "random" (each node hangs from a
    free slot picked at random), "deep" (from a free slot among the last few nodes),
    "left" / "right" / "zigzag" / "wander" (a single path), "complete" (level order full)."""
    if n == 0:
        return None
    nodes = [Node(value()) for _ in range(n)]
    if shape == "complete":
        for i, node in enumerate(nodes):
            if 2 * i + 1 < n:
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < n:
                node.right = nodes[2 * i + 2]
        return nodes[0]
    if shape in ("left", "right", "zigzag", "wander"):
        for i in range(1, n):
            if shape == "zigzag":
                go_left = i % 2 == 1
            elif shape == "wander":
                go_left = rng.random() < 0.5
            else:
                go_left = shape == "left"
            if go_left:
                nodes[i - 1].left = nodes[i]
            else:
                nodes[i - 1].right = nodes[i]
        return nodes[0]
    free = [(nodes[0], "left"), (nodes[0], "right")]
    for node in nodes[1:]:
        if shape == "deep":
            j = rng.randrange(max(0, len(free) - 3), len(free))
        else:
            j = rng.randrange(len(free))
        free[j], free[-1] = free[-1], free[j]
        parent, side = free.pop()
        setattr(parent, side, node)
        free += [(node, "left"), (node, "right")]
    return nodes[0]


def tree_nodes(root):
    """Every node, parents before children (no recursion: paths are 10^4 deep)."""
    out = [root] if root else []
    for node in out:
        out += [c for c in (node.left, node.right) if c]
    return out


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
