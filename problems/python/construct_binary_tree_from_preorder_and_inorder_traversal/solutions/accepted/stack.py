def buildTree(preorder, inorder):
    # One pass over preorder: a node goes left of the stack's top, unless inorder says the
    # top's left side is done; then it goes right of the last node popped.
    root = TreeNode(preorder[0])
    stack, j = [root], 0
    for v in preorder[1:]:
        node = TreeNode(v)
        parent = None
        while stack and stack[-1].val == inorder[j]:
            parent = stack.pop()
            j += 1
        if parent:
            parent.right = node
        else:
            stack[-1].left = node
        stack.append(node)
    return root
