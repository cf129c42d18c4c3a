from typing import Optional


if "TreeNode" not in globals():  # the judge has its own; this one is for running the file

    class TreeNode:
        def __init__(self, val=0, left=None, right=None):
            self.val = val
            self.left = left
            self.right = right


def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    """The root of the mirror image of the tree (left and right swapped at every node)."""
    pass


if __name__ == "__main__":
    # The examples: `python3 invert_binary_tree.py` prints your answers beside the expected ones;
    # `judge run invert_binary_tree.py` judges them and the hidden tests.

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

    print(
        tree_values(invert_tree(make_tree([8, 3, 10, 1, 6, None, 14]))),
        "expected",
        [8, 10, 3, 14, None, 6, 1],
    )
    print(tree_values(invert_tree(make_tree([2, 5]))), "expected", [2, None, 5])
    print(tree_values(invert_tree(make_tree([]))), "expected", [])
