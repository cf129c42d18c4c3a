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

N_MAX = 2000
V_MAX = 1000
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
