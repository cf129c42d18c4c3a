def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    """The root of the mirror image of the tree (left and right swapped at every node)."""
    pass
