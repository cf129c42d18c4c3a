# Starts from the 32-bit extremes as exclusive bounds: a node holding -2^31 or 2^31 - 1 is
# wrongly rejected.
def is_valid_bst(root):
    def valid(node, low, high):
        if not node:
            return True
        if not low < node.val < high:
            return False
        return valid(node.left, low, node.val) and valid(node.right, node.val, high)

    return valid(root, -(2**31), 2**31 - 1)
