def max_path_sum(root):
    # Order the nodes parents first, then settle them in reverse: children before parents.
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(c for c in (node.left, node.right) if c)
    down = {None: 0}
    best = root.val
    for node in reversed(order):
        left = max(down[node.left], 0)
        right = max(down[node.right], 0)
        best = max(best, node.val + left + right)
        down[node] = node.val + max(left, right)
    return best
