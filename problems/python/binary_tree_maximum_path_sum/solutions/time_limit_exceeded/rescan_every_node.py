# Correct, but recomputes the best downward chain from scratch at every node: quadratic on
# a path of 3 * 10^4 nodes.
def max_path_sum(root):
    def down(node):
        if not node:
            return 0
        return node.val + max(down(node.left), down(node.right), 0)

    best = root.val
    stack = [root]
    while stack:
        node = stack.pop()
        best = max(best, node.val + max(down(node.left), 0) + max(down(node.right), 0))
        stack.extend(c for c in (node.left, node.right) if c)
    return best
