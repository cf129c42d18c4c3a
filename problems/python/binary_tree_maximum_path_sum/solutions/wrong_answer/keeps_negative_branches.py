# Always adds both children's chains, even when they are negative.
def max_path_sum(root):
    best = root.val

    def gain(node):
        nonlocal best
        if not node:
            return 0
        left, right = gain(node.left), gain(node.right)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
