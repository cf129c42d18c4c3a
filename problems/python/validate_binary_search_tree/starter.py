from typing import Optional


if "TreeNode" not in globals():  # the judge has its own; this one is for running the file

    class TreeNode:
        def __init__(self, val=0, left=None, right=None):
            self.val = val
            self.left = left
            self.right = right


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    """Whether every left subtree holds only smaller values and every right one only larger."""
    pass


if __name__ == "__main__":
    # The examples: `python3 validate_binary_search_tree.py` prints your answers beside the expected ones;
    # `judge run validate_binary_search_tree.py` judges them and the hidden tests.

    def make_tree(values):  # LeetCode's level order, None for a missing child
        nodes = [None if v is None else TreeNode(v) for v in values]
        kids = nodes[1:][::-1]
        for node in nodes:
            if node is not None:
                node.left = kids.pop() if kids else None
                node.right = kids.pop() if kids else None
        return nodes[0] if nodes else None

    def tree_values(root):  # a tree -> LeetCode's level order
        out, queue = [], [root]
        for node in queue:
            out.append(None if node is None else node.val)
            if node is not None:
                queue += [node.left, node.right]
        while out and out[-1] is None:
            out.pop()
        return out

    print(is_valid_bst(make_tree([5, 3, 8, 1, 4])), "expected", True)
    print(is_valid_bst(make_tree([10, 5, 15, None, None, 6, 20])), "expected", False)
    print(is_valid_bst(make_tree([2, 2])), "expected", False)
