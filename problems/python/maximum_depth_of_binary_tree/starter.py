def max_depth(root: Optional[TreeNode]) -> int:
    """Number of nodes on the longest root-to-leaf chain (0 for an empty tree)."""
    pass
