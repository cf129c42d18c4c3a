"""Hidden tests for max_depth: random small trees of every shape, then trees of 10^4 nodes,
among them single paths 10^4 deep (a recursive DFS must still pass them).

Calling the depth of a child twice per node is exponential on a path, so it cannot finish.
`python generator.py` cross-checks the reference (a walk down from the root on built nodes)
against a brute force that reads depths off the level-order list itself (each entry's parent).
"""

import json
import random
from pathlib import Path

N_MAX = 10**4
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
