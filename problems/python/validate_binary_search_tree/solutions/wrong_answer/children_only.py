# Compares each node with its own children only: a value deeper down on the wrong side of an
# ancestor goes unnoticed.
def is_valid_bst(root):
    if root is None:
        return True
    if root.left and root.left.val >= root.val:
        return False
    if root.right and root.right.val <= root.val:
        return False
    return is_valid_bst(root.left) and is_valid_bst(root.right)
