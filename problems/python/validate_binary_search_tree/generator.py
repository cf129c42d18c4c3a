"""Hidden tests for is_valid_bst: random search trees of every shape, valid or broken in one
place (two values swapped, a value repeated, an out-of-range value deep below an ancestor),
values at -2^31 and 2^31 - 1, then trees of 10^4 nodes, among them paths 10^4 deep.

Checking every node against its whole subtrees is quadratic on a path of 10^4 nodes, so it
cannot finish. `python generator.py` cross-checks the reference (an in-order walk must rise
strictly) against exactly that brute force on small trees.
"""

import json
import random
from pathlib import Path

from judge.authoring import build, level_order, shaped_tree, tree_nodes

N_MAX = 10**4
LOW, HIGH = -(2**31), 2**31 - 1
SHAPES = ("random", "deep", "left", "right", "zigzag", "wander", "complete")

def in_order(root):
    out, stack, node = [], [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node)
        node = node.right
    return out


def reference(values):
    vals = [node.val for node in in_order(build(values))]
    return all(a < b for a, b in zip(vals, vals[1:]))


def brute(values):
    """The definition itself: every node against every value below it on each side."""
    for node in tree_nodes(build(values)):
        if any(x.val >= node.val for x in tree_nodes(node.left)):
            return False
        if any(x.val <= node.val for x in tree_nodes(node.right)):
            return False
    return True


def search_tree(rng, n, shape, low=LOW, high=HIGH):
    """A valid search tree: any shape, then sorted distinct values laid out in order."""
    root = shaped_tree(rng, n, lambda: 0, shape)
    vals = sorted(rng.sample(range(low, high + 1), n))
    for node, v in zip(in_order(root), vals):
        node.val = v
    return root


def spoil(rng, root, how):
    """Break a valid search tree in one place."""
    nodes = in_order(root)
    if how == "swap":  # two values trade places
        a, b = rng.sample(nodes, 2)
        a.val, b.val = b.val, a.val
    elif how == "repeat":  # a value copied onto its in-order neighbour
        i = rng.randrange(len(nodes) - 1)
        if rng.random() < 0.5:
            nodes[i].val = nodes[i + 1].val
        else:
            nodes[i + 1].val = nodes[i].val
    else:  # a leaf moved just past an ancestor above its parent: fine beside its parent only
        parent = {c: x for x in nodes for c in (x.left, x.right) if c}
        leaf = rng.choice([x for x in nodes if not x.left and not x.right and x in parent])
        ancestors = []
        node = parent[leaf]
        while node in parent:
            node = parent[node]
            ancestors.append(node)
        top = rng.choice(ancestors or [parent[leaf]])
        leaf.val = top.val + 1 if leaf.val < top.val else top.val - 1
    return root


def _case(name, values, known=None):
    nodes = [v for v in values if v is not None]
    assert 1 <= len(nodes) <= N_MAX and all(LOW <= v <= HIGH for v in nodes)
    expected = reference(values)
    if known is not None:
        assert expected == known, name
    return {"name": name, "args": [values], "expected": expected}


def generate():
    rng = random.Random(20260311)
    cases = []
    for i in range(8):
        shape = SHAPES[i % len(SHAPES)]
        n = rng.randint(3, 40)
        low, high = rng.choice([(LOW, HIGH), (-100, 100), (LOW, LOW + 60), (HIGH - 60, HIGH)])
        root = search_tree(rng, n, shape, low, high)
        how = ("valid", "swap", "repeat", "ancestor")[i % 4]
        if how != "valid":
            spoil(rng, root, how)
        cases.append(_case(f"small-{shape}-{how}-{i + 1}", level_order(root)))
    # Paths 10^4 deep, valid: values fall (left), rise (right), or close in (zigzag).
    for shape in ("left", "right", "zigzag"):
        cases.append(_case(f"large-{shape}-valid", level_order(search_tree(rng, N_MAX, shape)), True))
    root = search_tree(rng, N_MAX, "wander")
    cases.append(_case("large-wander-valid", level_order(root), True))
    cases.append(_case("large-complete-valid", level_order(search_tree(rng, N_MAX, "complete")), True))
    root = search_tree(rng, N_MAX, "deep")
    deepest = tree_nodes(root)[-1]
    deepest.val = root.val  # repeats the root's value at the bottom of the tree
    cases.append(_case("large-deep-repeats-root", level_order(root), False))
    return cases


def _self_check():
    rng = random.Random(3)
    seen = {True: 0, False: 0}
    for _ in range(3000):
        shape = rng.choice(SHAPES)
        n = rng.randint(1, 25)
        if rng.random() < 0.3:  # arbitrary trees of small values
            values = level_order(shaped_tree(rng, n, lambda: rng.randint(-4, 4), shape))
        else:
            root = search_tree(rng, n, shape, -30, 30)
            if n >= 2 and rng.random() < 0.7:
                spoil(rng, root, rng.choice(["swap", "repeat", "ancestor"]))
            values = level_order(root)
        got = reference(values)
        assert got == brute(values), values
        seen[got] += 1
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        if len(case["args"][0]) < 500:
            assert brute(*case["args"]) == case["expected"], case.get("name", case["args"])
    print(f"ok: {len(generate())} generated tests {[c['expected'] for c in generate()]}; {seen}")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 16


def scaled(n, seed):
    """A valid search tree of n nodes, "deep" shape: every node must be looked at, and checking
    each node against its whole subtrees is quadratic."""
    rng = random.Random(seed)
    root = shaped_tree(rng, n, lambda: 0, "deep")
    values = sorted(rng.sample(range(LOW, HIGH), n))
    for node, v in zip(in_order(root), values, strict=True):
        node.val = v
    return [level_order(root)]
