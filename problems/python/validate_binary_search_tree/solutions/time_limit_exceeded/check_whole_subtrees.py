# Correct, but checks every node against every value in its subtrees: on a path of 10^4
# nodes that is about 5 * 10^7 visits.
def is_valid_bst(root):
    def values(node):
        if node:
            yield from values(node.left)
            yield node.val
            yield from values(node.right)

    def valid(node):
        if node is None:
            return True
        if any(v >= node.val for v in values(node.left)):
            return False
        if any(v <= node.val for v in values(node.right)):
            return False
        return valid(node.left) and valid(node.right)

    return valid(root)
