# Lets a value equal a bound: repeated values pass.
def is_valid_bst(root):
    def valid(node, low, high):
        if not node:
            return True
        if node.val < low or node.val > high:
            return False
        return valid(node.left, low, node.val) and valid(node.right, node.val, high)

    return valid(root, float("-inf"), float("inf"))
