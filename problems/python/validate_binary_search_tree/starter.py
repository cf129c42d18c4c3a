def is_valid_bst(root: Optional[TreeNode]) -> bool:
    """Whether every left subtree holds only smaller values and every right one only larger."""
    pass
