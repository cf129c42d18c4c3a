from typing import List, Optional


if "TreeNode" not in globals():  # the judge has its own; this one is for running the file

    class TreeNode:
        def __init__(self, val=0, left=None, right=None):
            self.val = val
            self.left = left
            self.right = right


def level_order(root: Optional[TreeNode]) -> List[List[int]]:
    """The tree's values level by level, top down, each level left to right."""
    pass


if __name__ == "__main__":
    # The examples: `python3 binary_tree_level_order_traversal.py` prints your answers beside the expected ones;
    # `judge run binary_tree_level_order_traversal.py` judges them and the hidden tests.

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

    print(level_order(make_tree([6, 2, 9, None, 4, 7, 12])), "expected", [[6], [2, 9], [4, 7, 12]])
    print(level_order(make_tree([5])), "expected", [[5]])
    print(level_order(make_tree([])), "expected", [])
