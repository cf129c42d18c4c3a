def level_order(root: Optional[TreeNode]) -> List[List[int]]:
    """The tree's values level by level, top down, each level left to right."""
    pass
