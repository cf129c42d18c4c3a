from typing import List, Optional


if "TreeNode" not in globals():  # the judge has its own; this one is for running the file

    class TreeNode:
        def __init__(self, val=0, left=None, right=None):
            self.val = val
            self.left = left
            self.right = right


def build_tree(preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
    """The root of the tree whose preorder and inorder walks are given."""
    pass


if __name__ == "__main__":
    # The examples: `python3 construct_binary_tree_from_preorder_and_inorder_traversal.py` prints your answers beside the expected ones;
    # `judge run construct_binary_tree_from_preorder_and_inorder_traversal.py` judges them and the hidden tests.

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

    print(tree_values(build_tree([1, 2, 4, 3], [4, 2, 1, 3])), "expected", [1, 2, 3, 4])
    print(tree_values(build_tree([7, 8, 9], [7, 9, 8])), "expected", [7, None, 8, 9])
    print(tree_values(build_tree([-5], [-5])), "expected", [-5])
