def invert_tree(root):
    if root is not None:
        root.left, root.right = invert_tree(root.right), invert_tree(root.left)
    return root
