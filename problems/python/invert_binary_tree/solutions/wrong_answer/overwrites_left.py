# Assigns the two children one after the other: by the second line root.left is already the
# mirrored right subtree, so the old left subtree is lost.
def invert_tree(root):
    if root is None:
        return None
    root.left = invert_tree(root.right)
    root.right = invert_tree(root.left)
    return root
