# Looks each root up in a dict of positions in the whole inorder list, then cuts the sliced
# sub-lists at that position: right for the first split only.
def build_tree(preorder, inorder):
    where = {v: i for i, v in enumerate(inorder)}

    def build(pre, ino):
        if not pre:
            return None
        root = TreeNode(pre[0])
        mid = where[pre[0]]
        root.left = build(pre[1 : mid + 1], ino[:mid])
        root.right = build(pre[mid + 1 :], ino[mid + 1 :])
        return root

    return build(preorder, inorder)
