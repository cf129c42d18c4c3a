# Swaps the root's two subtrees but does not mirror inside them.
def invert_tree(root):
    if root:
        root.left, root.right = root.right, root.left
    return root
