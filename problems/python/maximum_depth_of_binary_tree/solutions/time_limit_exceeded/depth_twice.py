# Correct, but asks for the deeper child's depth a second time: 2^h calls on a path of h nodes.
def max_depth(root):
    if root is None:
        return 0
    if max_depth(root.left) > max_depth(root.right):
        return 1 + max_depth(root.left)
    return 1 + max_depth(root.right)
