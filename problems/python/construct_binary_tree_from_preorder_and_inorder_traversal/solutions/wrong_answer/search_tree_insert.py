# Ignores inorder and inserts the preorder values into a binary search tree: right only when
# the tree happens to be a search tree.
def build_tree(preorder, inorder):
    root = TreeNode(preorder[0])
    for v in preorder[1:]:
        node = root
        while True:
            side = "left" if v < node.val else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(v))
                break
            node = child
    return root
