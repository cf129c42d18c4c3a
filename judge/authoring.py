"""Helpers for problem authors' generators (host-side, trusted): binary trees in LeetCode's
level-order notation, trees of chosen shapes for hidden tests, and snaking grids for the
complexity ladders of grid problems. A generator imports them
(`from judge.authoring import build, level_order, shaped_tree`) instead of carrying its own
copy; nothing in the judge imports this module.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any


class Node:
    __slots__ = ("left", "right", "val")

    def __init__(self, val: Any, left: Node | None = None, right: Node | None = None) -> None:
        self.val, self.left, self.right = val, left, right


def build(values: list[Any] | None) -> Node | None:
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


def level_order(root: Node | None) -> list[Any]:
    """Root Node -> LeetCode's level-order list, trailing None trimmed."""
    out: list[Any] = []
    queue = [root]
    for node in queue:
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue += [node.left, node.right]
    while out and out[-1] is None:
        out.pop()
    return out


SHAPES = ("random", "deep", "left", "right", "zigzag", "wander", "complete")


def shaped_tree(rng: random.Random, n: int, value: Callable[[], Any], shape: str) -> Node | None:
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


def tree_nodes(root: Node | None) -> list[Node]:
    """Every node, parents before children (no recursion: paths are 10^4 deep)."""
    out = [root] if root else []
    for node in out:
        out += [c for c in (node.left, node.right) if c]
    return out


def snake_grid(n: int, land: Any, water: Any) -> list[list[Any]]:
    """About n cells in a near-square grid: one region snaking through every other row (the
    deepest flood fill, and the longest path through the grid)."""
    rows = max(int(n**0.5), 1)
    cols = max(n // rows, 1)
    grid = []
    for i in range(rows):
        if i % 2 == 0:
            grid.append([land] * cols)
        else:
            row = [water] * cols
            row[-1 if i % 4 == 1 else 0] = land
            grid.append(row)
    return grid
