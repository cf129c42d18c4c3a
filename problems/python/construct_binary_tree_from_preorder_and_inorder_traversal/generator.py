"""Hidden tests for build_tree: random trees of every shape with distinct values, then trees
of 3000 nodes, among them paths 3000 deep (a recursive rebuild must pass them).

At 3000 values even slicing lists at every node is fast, so no solution is too slow; the tests
catch subtrees cut at the wrong place. The tests come from trees made first: `python
generator.py` checks that the reference (one pass over preorder with a stack) rebuilds each
of them, and so does the textbook recursion that splits both walks at the root.
"""

import json
import random
from pathlib import Path

from judge.authoring import Node, level_order, shaped_tree

N_MAX = 3000
V_MAX = 3000
SHAPES = ("random", "deep", "left", "right", "zigzag", "wander", "complete")

def walks(root):
    """(preorder, inorder) of a tree, without recursion."""
    pre = []
    stack = [root]
    while stack:
        node = stack.pop()
        pre.append(node.val)
        stack += [c for c in (node.right, node.left) if c]
    ino, stack, node = [], [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        ino.append(node.val)
        node = node.right
    return pre, ino


def reference(preorder, inorder):
    """Walk preorder with a stack of nodes whose right side is still open."""
    root = Node(preorder[0])
    stack, j = [root], 0
    for v in preorder[1:]:
        node = Node(v)
        parent = None
        while stack and stack[-1].val == inorder[j]:
            parent = stack.pop()
            j += 1
        if parent is None:
            stack[-1].left = node
        else:
            parent.right = node
        stack.append(node)
    return level_order(root)


def brute(preorder, inorder):
    if not preorder:
        return None
    k = inorder.index(preorder[0])
    return Node(
        preorder[0],
        brute(preorder[1 : k + 1], inorder[:k]),
        brute(preorder[k + 1 :], inorder[k + 1 :]),
    )


def tree(rng, n, shape):
    values = iter(rng.sample(range(-V_MAX, V_MAX + 1), n))
    return shaped_tree(rng, n, lambda: next(values), shape)


def _case(name, root):
    pre, ino = walks(root)
    n = len(pre)
    assert 1 <= n <= N_MAX and len(set(pre)) == n and sorted(pre) == sorted(ino)
    assert all(-V_MAX <= v <= V_MAX for v in pre)
    expected = level_order(root)
    assert reference(pre, ino) == expected, name
    return {"name": name, "args": [pre, ino], "expected": expected}


def generate():
    rng = random.Random(20260319)
    cases = []
    for i in range(10):
        shape = SHAPES[i % len(SHAPES)]
        cases.append(_case(f"small-{shape}-{i + 1}", tree(rng, rng.randint(2, 50), shape)))
    for shape in ("random", "complete", "deep", "left", "right", "zigzag"):
        cases.append(_case(f"largest-{shape}", tree(rng, N_MAX, shape)))
    return cases


def _self_check():
    rng = random.Random(17)
    for _ in range(3000):
        shape = rng.choice(SHAPES)
        n = rng.randint(1, 30)
        values = iter(rng.sample(range(-40, 41), n))
        root = shaped_tree(rng, n, lambda v=values: next(v), shape)
        pre, ino = walks(root)
        assert reference(pre, ino) == level_order(root) == level_order(brute(pre, ino))
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        if len(case["args"][0]) <= 500:
            assert level_order(brute(*case["args"])) == case["expected"], case["args"]
        assert reference(*case["args"]) == case["expected"]
    print(f"ok: {len(generate())} generated tests")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 4096  # distinct values within -3000..3000 allow at most 6001 nodes


def scaled(n, seed):
    """Both walks of a "deep" tree of n distinct values (a recursive rebuild goes far down)."""
    rng = random.Random(seed)
    n = min(n, 2 * V_MAX + 1)
    values = iter(rng.sample(range(-V_MAX, V_MAX + 1), n))
    return list(walks(shaped_tree(rng, n, lambda: next(values), "deep")))
