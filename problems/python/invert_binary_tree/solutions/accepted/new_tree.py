def invertTree(root):
    # Builds a mirrored copy and leaves the input alone.
    if not root:
        return None
    return TreeNode(root.val, invertTree(root.right), invertTree(root.left))
