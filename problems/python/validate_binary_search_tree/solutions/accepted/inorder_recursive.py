def isValidBST(root):
    values = []

    def walk(node):
        if node:
            walk(node.left)
            values.append(node.val)
            walk(node.right)

    walk(root)
    return all(a < b for a, b in zip(values, values[1:]))
