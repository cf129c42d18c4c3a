class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Roots come off preorder in turn; a dict gives each root's place in inorder.
        where = {v: i for i, v in enumerate(inorder)}
        roots = iter(preorder)

        def build(lo, hi):
            if lo > hi:
                return None
            node = TreeNode(next(roots))
            mid = where[node.val]
            node.left = build(lo, mid - 1)
            node.right = build(mid + 1, hi)
            return node

        return build(0, len(inorder) - 1)
