def max_path_sum(root: Optional[TreeNode]) -> int:
    """The largest sum of values along any chain of connected nodes."""
    pass
