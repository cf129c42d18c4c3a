def build_tree(preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
    """The root of the tree whose preorder and inorder walks are given."""
    pass
