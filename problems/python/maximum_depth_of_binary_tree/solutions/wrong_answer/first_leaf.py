# Stops at the first leaf the breadth-first search meets: that is the minimum depth.
def max_depth(root):
    if root is None:
        return 0
    level, depth = [root], 1
    while level:
        if any(n.left is None and n.right is None for n in level):
            return depth
        level = [c for n in level for c in (n.left, n.right) if c]
        depth += 1
    return depth
