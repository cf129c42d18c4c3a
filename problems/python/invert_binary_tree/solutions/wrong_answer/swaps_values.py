# Swaps the values of the two children instead of the subtrees themselves: a node with a
# single child keeps it on the same side, and the shape never changes.
def invert_tree(root):
    if root is None:
        return None
    if root.left and root.right:
        root.left.val, root.right.val = root.right.val, root.left.val
    invert_tree(root.left)
    invert_tree(root.right)
    return root
