# Counts the edges on the longest chain, not the nodes: one short for every non-empty tree.
def max_depth(root):
    def edges(node):
        if node is None or (node.left is None and node.right is None):
            return 0
        return 1 + max(edges(node.left), edges(node.right))

    return edges(root)
