# Only considers paths that bend at the root.
def max_path_sum(root):
    def gain(node):
        if not node:
            return 0
        return max(node.val + max(gain(node.left), gain(node.right)), node.val, 0)

    return root.val + gain(root.left) + gain(root.right)
